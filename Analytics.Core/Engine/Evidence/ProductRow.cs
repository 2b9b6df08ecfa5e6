using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>One product's sales by slot of the week.</summary>
public sealed class ProductRow(string productId, int slots)
{
    private readonly Dictionary<string, long> _names = new(StringComparer.Ordinal);

    /// <summary>The product's smallest id in ordinal order (variants and platforms have others).</summary>
    public string ProductId { get; private set; } = productId;

    /// <summary>The spelling of its name most lines use (ties: the first in ordinal order); its id
    /// when no export named it. Neither depends on the order lines arrive in, so totals gathered
    /// in parts or by a database name products alike.</summary>
    public string Name => _names.Count == 0
        ? ProductId
        : _names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;

    internal void See(string productId, string? name, long lines)
    {
        if (string.CompareOrdinal(productId, ProductId) < 0)
        {
            ProductId = productId;
        }

        if (name is not null)
        {
            _names[name] = _names.GetValueOrDefault(name) + lines;
        }
    }

    public Money[] Gmv { get; } = new Money[slots];

    public decimal[] Items { get; } = new decimal[slots];

    public Money Total => Gmv.Aggregate(Money.Zero, (a, b) => a + b);

    public Money GmvIn(IEnumerable<int> slotIndexes) => slotIndexes.Aggregate(Money.Zero, (a, i) => a + Gmv[i]);
}
