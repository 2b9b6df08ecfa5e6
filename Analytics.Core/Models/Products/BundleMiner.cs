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
        // Items are ranked in ordinal order of their ids, so a set's items, and each rule's left
        // side, come in that order whatever the products' numbers.
        var ids = baskets.ProductIds;
        var byRank = Enumerable.Range(0, ids.Count).OrderBy(p => ids[p], StringComparer.Ordinal).ToArray();
        var rank = new int[ids.Count];
        for (var r = 0; r < byRank.Length; r++)
        {
            rank[byRank[r]] = r;
        }

        var singles = new int[ids.Count];
        for (var b = 0; b < n; b++)
        {
            foreach (var product in baskets.Products(b))
            {
                singles[rank[product]]++;
            }
        }

        var pairs = new Dictionary<ItemSet, int>();
        var triples = new Dictionary<ItemSet, int>();
        var items = new List<int>();
        for (var b = 0; b < n; b++)
        {
            FrequentRanks(baskets.Products(b), rank, singles, minCount, items);
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    Add(pairs, new ItemSet(items[i], items[j]));
                }
            }
        }

        if (options.MaxRuleSize >= 3)
        {
            for (var b = 0; b < n; b++)
            {
                FrequentRanks(baskets.Products(b), rank, singles, minCount, items);
                for (var i = 0; i < items.Count; i++)
                {
                    for (var j = i + 1; j < items.Count; j++)
                    {
                        if (pairs[new ItemSet(items[i], items[j])] < minCount)
                        {
                            continue;
                        }

                        for (var k = j + 1; k < items.Count; k++)
                        {
                            // Apriori: a set is frequent only if all its parts are.
                            if (pairs[new ItemSet(items[i], items[k])] >= minCount && pairs[new ItemSet(items[j], items[k])] >= minCount)
                            {
                                Add(triples, new ItemSet(items[i], items[j], items[k]));
                            }
                        }
                    }
                }
            }
        }

        var rules = new List<BundleRule>();
        foreach (var (set, count) in pairs.Concat(triples))
        {
            if (count < minCount)
            {
                continue;
            }

            var members = set.Items;
            foreach (var then in members)
            {
                var left = members.Where(i => i != then).ToArray();
                var leftCount = left.Length == 1 ? singles[left[0]] : pairs[new ItemSet(left[0], left[1])];
                var confidence = (double)count / leftCount;
                var lift = confidence / ((double)singles[then] / n);
                if (lift > options.MinLift)
                {
                    rules.Add(new BundleRule(left.Select(r => ids[byRank[r]]).ToArray(), [ids[byRank[then]]], (double)count / n, confidence, lift, count));
                }
            }
        }

        return rules
            // Lift is symmetric (A => B and B => A share it); rounding keeps float noise from ordering them.
            .OrderByDescending(r => Math.Round(r.Lift, 9)).ThenByDescending(r => r.Count)
            .ThenBy(r => string.Join('\u001f', r.If), StringComparer.Ordinal).ThenBy(r => r.Then[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The ranks of a basket's frequent products, in ascending order.</summary>
    private static void FrequentRanks(ReadOnlySpan<int> products, int[] rank, int[] singles, int minCount, List<int> ranks)
    {
        ranks.Clear();
        foreach (var product in products)
        {
            if (singles[rank[product]] >= minCount)
            {
                ranks.Add(rank[product]);
            }
        }

        ranks.Sort();
    }

    private static void Add(Dictionary<ItemSet, int> counts, ItemSet set) =>
        counts[set] = counts.GetValueOrDefault(set) + 1;

    /// <summary>Two or three item ranks in ascending order (C is -1 for a pair).</summary>
    private readonly record struct ItemSet(int A, int B, int C = -1)
    {
        public int[] Items => C >= 0 ? [A, B, C] : [A, B];
    }
}
