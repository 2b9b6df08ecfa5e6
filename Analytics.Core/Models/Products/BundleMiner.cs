using System.Runtime.InteropServices;

namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// Association rules from baskets (Apriori, up to three products): every set of products in at
/// least the minimum share and count of baskets, and from each set the rules "left side, then
/// the one remaining product". Items are product ids. Sets are counted over product numbers, not
/// strings: a log's millions of baskets are a few ints each (<see cref="BasketTable"/>).
/// </summary>
public static class BundleMiner
{
    /// <param name="baskets">Each basket's distinct products.</param>
    public static IReadOnlyList<BundleRule> Mine(IReadOnlyList<IReadOnlyCollection<string>> baskets, ProductMixOptions options) =>
        Mine(baskets as BasketTable ?? BasketTable.From(baskets), options);

    /// <param name="baskets">Each basket's distinct products.</param>
    public static IReadOnlyList<BundleRule> Mine(BasketTable baskets, ProductMixOptions options)
    {
        options.Validate();
        var n = baskets.Count;
        if (n == 0)
        {
            return [];
        }

        var minCount = Math.Max(options.MinCount, (int)Math.Ceiling(options.MinSupport * n - 1e-9));
        var ids = baskets.ProductIds;
        var singles = new int[ids.Count];
        for (var b = 0; b < n; b++)
        {
            foreach (var product in baskets.Products(b))
            {
                singles[product]++;
            }
        }

        // Only frequent products can be in a frequent set (Apriori). They are numbered densely in
        // ordinal order of their ids, so a set's items, and each rule's left side, come in that
        // order whatever the products' numbers, and pairs are counted in an array rather than
        // looked up in a dictionary (a retail log at a low minimum support has thousands of pairs
        // per basket).
        var frequentOf = new int[ids.Count];
        Array.Fill(frequentOf, -1);
        var frequentProducts = Enumerable.Range(0, ids.Count).Where(p => singles[p] >= minCount).OrderBy(p => ids[p], StringComparer.Ordinal).ToList();
        for (var f = 0; f < frequentProducts.Count; f++)
        {
            frequentOf[frequentProducts[f]] = f;
        }

        var pairs = new PairCounts(frequentProducts.Count);
        var triples = new TripleCounts();
        var items = new List<int>();
        for (var b = 0; b < n; b++)
        {
            FrequentItems(baskets.Products(b), frequentOf, items);
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    pairs.Increment(items[i], items[j]);
                }
            }
        }

        if (options.MaxRuleSize >= 3)
        {
            for (var b = 0; b < n; b++)
            {
                FrequentItems(baskets.Products(b), frequentOf, items);
                for (var i = 0; i < items.Count; i++)
                {
                    for (var j = i + 1; j < items.Count; j++)
                    {
                        if (pairs[items[i], items[j]] < minCount)
                        {
                            continue;
                        }

                        for (var k = j + 1; k < items.Count; k++)
                        {
                            // Apriori: a set is frequent only if all its parts are.
                            if (pairs[items[i], items[k]] >= minCount && pairs[items[j], items[k]] >= minCount)
                            {
                                triples.Increment(items[i], items[j], items[k]);
                            }
                        }
                    }
                }
            }
        }

        var sets = pairs.Counted().Select(p => (Items: new[] { p.A, p.B }, p.Count))
            .Concat(triples.Counted().Select(t => (Items: new[] { t.A, t.B, t.C }, t.Count)));
        var rules = new List<BundleRule>();
        string IdOf(int frequent) => ids[frequentProducts[frequent]];
        foreach (var (members, count) in sets)
        {
            if (count < minCount)
            {
                continue;
            }

            foreach (var then in members)
            {
                var left = members.Where(i => i != then).ToArray();
                var leftCount = left.Length == 1 ? singles[frequentProducts[left[0]]] : pairs[left[0], left[1]];
                var confidence = (double)count / leftCount;
                var lift = confidence / ((double)singles[frequentProducts[then]] / n);
                if (lift > options.MinLift)
                {
                    rules.Add(new BundleRule(left.Select(IdOf).ToArray(), [IdOf(then)], (double)count / n, confidence, lift, count));
                }
            }
        }

        return rules
            // Lift is symmetric (A => B and B => A share it); rounding keeps float noise from ordering them.
            .OrderByDescending(r => Math.Round(r.Lift, 9)).ThenByDescending(r => r.Count)
            .ThenBy(r => string.Join('\u001f', r.If), StringComparer.Ordinal).ThenBy(r => r.Then[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The dense numbers of a basket's frequent products, in ascending order (their ids' ordinal order).</summary>
    private static void FrequentItems(ReadOnlySpan<int> products, int[] frequentOf, List<int> items)
    {
        items.Clear();
        foreach (var product in products)
        {
            if (frequentOf[product] is var frequent and >= 0)
            {
                items.Add(frequent);
            }
        }

        items.Sort();
    }

    /// <summary>
    /// Baskets holding each pair of frequent items (by dense number, first below second): a
    /// triangular array while it takes at most 32 MB (4,096 frequent items), else a dictionary.
    /// </summary>
    private sealed class PairCounts(int items)
    {
        private const int MaxDenseItems = 4096;
        private readonly int[]? _dense = items <= MaxDenseItems ? new int[items * (items - 1) / 2] : null;
        private readonly Dictionary<long, int>? _sparse = items <= MaxDenseItems ? null : [];

        public int this[int a, int b] => _dense is not null ? _dense[Index(a, b)] : _sparse!.GetValueOrDefault(Key(a, b));

        public void Increment(int a, int b)
        {
            if (_dense is not null)
            {
                _dense[Index(a, b)]++;
            }
            else
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_sparse!, Key(a, b), out _)++;
            }
        }

        /// <summary>Every pair met at least once.</summary>
        public IEnumerable<(int A, int B, int Count)> Counted()
        {
            if (_sparse is not null)
            {
                foreach (var (key, count) in _sparse)
                {
                    yield return ((int)(key >> 32), (int)key, count);
                }

                yield break;
            }

            for (var a = 0; a < items; a++)
            {
                for (var b = a + 1; b < items; b++)
                {
                    if (_dense![Index(a, b)] is var count and > 0)
                    {
                        yield return (a, b, count);
                    }
                }
            }
        }

        private int Index(int a, int b) => a * (2 * items - a - 1) / 2 + (b - a - 1);

        private static long Key(int a, int b) => (long)a << 32 | (uint)b;
    }

    /// <summary>
    /// Baskets holding each triple of frequent items, in one open-addressed array keyed by the
    /// three numbers packed in a long: a retail log at a low minimum support meets millions of
    /// triples, and a dictionary of tuples spent most of the mining finding its entries.
    /// </summary>
    private sealed class TripleCounts
    {
        private const int Bits = 21;
        private Slot[] _slots = new Slot[1 << 10];
        private int _used;

        public void Increment(int a, int b, int c)
        {
            if ((a | b | c) >> Bits != 0)
            {
                throw new InvalidOperationException($"more than {1 << Bits} frequent products");
            }

            // Stored plus one, so that an empty slot (0) is no key.
            var key = ((long)a << (2 * Bits) | (long)b << Bits | (uint)c) + 1;
            var mask = _slots.Length - 1;
            for (var at = Start(key, _slots.Length); ; at = (at + 1) & mask)
            {
                ref var slot = ref _slots[at];
                if (slot.Key == key)
                {
                    slot.Count++;
                    return;
                }

                if (slot.Key == 0)
                {
                    slot = new Slot(key, 1);
                    // Three quarters full at most: the table is the miner's largest (millions of triples).
                    if (++_used * 4 > _slots.Length * 3)
                    {
                        Grow();
                    }

                    return;
                }
            }
        }

        public IEnumerable<(int A, int B, int C, int Count)> Counted()
        {
            const long mask = (1L << Bits) - 1;
            foreach (var slot in _slots)
            {
                if (slot.Key != 0)
                {
                    var key = slot.Key - 1;
                    yield return ((int)(key >> (2 * Bits)), (int)(key >> Bits & mask), (int)(key & mask), slot.Count);
                }
            }
        }

        private void Grow()
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            var mask = _slots.Length - 1;
            foreach (var slot in old)
            {
                if (slot.Key == 0)
                {
                    continue;
                }

                var at = Start(slot.Key, _slots.Length);
                while (_slots[at].Key != 0)
                {
                    at = (at + 1) & mask;
                }

                _slots[at] = slot;
            }
        }

        /// <summary>The top bits of a multiply (Fibonacci hashing): every bit of the key reaches them.</summary>
        private static int Start(long key, int length) =>
            (int)((ulong)key * 0x9E3779B97F4A7C15UL >> (64 - System.Numerics.BitOperations.Log2((uint)length)));

        private record struct Slot(long Key, int Count);
    }
}
