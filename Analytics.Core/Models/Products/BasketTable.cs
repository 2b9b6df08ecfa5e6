using System.Collections;
using System.Runtime.InteropServices;

namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// Baskets (each order's or LIVE's distinct products) as product numbers, one basket after another
/// in one array, with the product ids by number. A log of ten million lines has millions of
/// baskets; as an array of strings each they took more memory than the rest of the product mix,
/// here they take a few ints each. Read as a list of id collections it gives each basket's ids.
/// Only the product mix adds to a table (<see cref="ProductSales"/>); what it hands out is read-only.
/// </summary>
public sealed class BasketTable : IReadOnlyList<IReadOnlyCollection<string>>
{
    private readonly NumberedTexts _ids = new();
    private readonly List<int> _products = [];
    // Where each basket ends in _products.
    private readonly List<int> _ends = [];

    public int Count => _ends.Count;

    /// <summary>Every product id met, by its number.</summary>
    public IReadOnlyList<string> ProductIds => _ids;

    /// <summary>The numbers of a basket's products.</summary>
    public ReadOnlySpan<int> Products(int basket)
    {
        var start = basket == 0 ? 0 : _ends[basket - 1];
        return CollectionsMarshal.AsSpan(_products)[start.._ends[basket]];
    }

    /// <summary>A basket's product ids.</summary>
    public IReadOnlyCollection<string> this[int basket]
    {
        get
        {
            var numbers = Products(basket);
            var ids = new string[numbers.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = _ids[numbers[i]];
            }

            return ids;
        }
    }

    /// <summary>A table of the given baskets, in their order; products are numbered as first met.</summary>
    public static BasketTable From(IEnumerable<IReadOnlyCollection<string>> baskets)
    {
        var table = new BasketTable();
        foreach (var basket in baskets)
        {
            table.Add(basket);
        }

        return table;
    }

    /// <summary>The number of a product id, numbering it if it is new.</summary>
    internal int NumberOf(string id) => _ids.Of(id);

    /// <summary>Makes room for this many more products in baskets.</summary>
    internal void Reserve(int products) => _products.EnsureCapacity(_products.Count + products);

    /// <summary>Adds a basket of distinct product ids.</summary>
    internal void Add(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _products.Add(NumberOf(id));
        }

        _ends.Add(_products.Count);
    }

    /// <summary>Adds a basket of distinct product numbers (from <see cref="NumberOf"/>).</summary>
    internal void Add(ReadOnlySpan<int> products)
    {
        foreach (var product in products)
        {
            if ((uint)product >= (uint)_ids.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(products), product, "not a product number of this table");
            }
        }

        _products.AddRange(products);
        _ends.Add(_products.Count);
    }

    public IEnumerator<IReadOnlyCollection<string>> GetEnumerator()
    {
        for (var basket = 0; basket < Count; basket++)
        {
            yield return this[basket];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
