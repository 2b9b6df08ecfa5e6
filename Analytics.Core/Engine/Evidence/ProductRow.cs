using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>One product's sales by slot of the week.</summary>
public sealed class ProductRow(string productId, int slots)
{
    /// <summary>The first id seen for the product (variants and platforms have others).</summary>
    public string ProductId { get; } = productId;

    /// <summary>The last name seen for the product; its id when no export named it.</summary>
    public string Name { get; internal set; } = productId;

    public Money[] Gmv { get; } = new Money[slots];

    public decimal[] Items { get; } = new decimal[slots];

    public Money Total => Gmv.Aggregate(Money.Zero, (a, b) => a + b);

    public Money GmvIn(IEnumerable<int> slotIndexes) => slotIndexes.Aggregate(Money.Zero, (a, i) => a + Gmv[i]);
}
