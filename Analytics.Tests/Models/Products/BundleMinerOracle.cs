using LivePeak.Analytics.Models.Products;

namespace LivePeak.Tests.Models.Products;

/// <summary>
/// The reference <see cref="BundleMiner"/> is checked against: the same Apriori (up to three
/// products) written plainly over product ids as strings, every item set a dictionary key. It was
/// the miner until a log's millions of baskets, an array of strings each, took more memory than
/// the rest of the product mix.
/// </summary>
internal static class BundleMinerOracle
{
    /// <param name="baskets">Each basket's distinct products.</param>
    public static IReadOnlyList<BundleRule> Mine(IReadOnlyList<IReadOnlyCollection<string>> baskets, ProductMixOptions options)
    {
        options.Validate();
        var n = baskets.Count;
        if (n == 0)
        {
            return [];
        }

        var minCount = Math.Max(options.MinCount, (int)Math.Ceiling(options.MinSupport * n - 1e-9));
        var counts = new Dictionary<ItemSet, int>();
        foreach (var basket in baskets)
        {
            foreach (var item in basket)
            {
                Add(counts, new ItemSet(item));
            }
        }

        var frequent = counts.Where(c => c.Value >= minCount).Select(c => c.Key.A).ToHashSet(StringComparer.Ordinal);
        foreach (var basket in baskets)
        {
            var items = basket.Where(frequent.Contains).Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = i + 1; j < items.Length; j++)
                {
                    Add(counts, new ItemSet(items[i], items[j]));
                }
            }
        }

        if (options.MaxRuleSize >= 3)
        {
            foreach (var basket in baskets)
            {
                var items = basket.Where(frequent.Contains).Order(StringComparer.Ordinal).ToArray();
                for (var i = 0; i < items.Length; i++)
                {
                    for (var j = i + 1; j < items.Length; j++)
                    {
                        if (counts[new ItemSet(items[i], items[j])] < minCount)
                        {
                            continue;
                        }

                        for (var k = j + 1; k < items.Length; k++)
                        {
                            // Apriori: a set is frequent only if all its parts are.
                            if (counts[new ItemSet(items[i], items[k])] >= minCount && counts[new ItemSet(items[j], items[k])] >= minCount)
                            {
                                Add(counts, new ItemSet(items[i], items[j], items[k]));
                            }
                        }
                    }
                }
            }
        }

        var rules = new List<BundleRule>();
        foreach (var (set, count) in counts)
        {
            if (set.Size < 2 || count < minCount)
            {
                continue;
            }

            foreach (var then in set.Items)
            {
                var left = set.Items.Where(i => i != then).ToArray();
                var leftCount = counts[new ItemSet(left)];
                var confidence = (double)count / leftCount;
                var lift = confidence / ((double)counts[new ItemSet(then)] / n);
                if (lift > options.MinLift)
                {
                    rules.Add(new BundleRule(left, [then], (double)count / n, confidence, lift, count));
                }
            }
        }

        return rules
            // Lift is symmetric (A => B and B => A share it); rounding keeps float noise from ordering them.
            .OrderByDescending(r => Math.Round(r.Lift, 9)).ThenByDescending(r => r.Count)
            .ThenBy(r => string.Join('\u001f', r.If), StringComparer.Ordinal).ThenBy(r => r.Then[0], StringComparer.Ordinal)
            .ToList();
    }

    private static void Add(Dictionary<ItemSet, int> counts, ItemSet set) =>
        counts[set] = counts.GetValueOrDefault(set) + 1;

    /// <summary>One to three items in ordinal order, so a set has one key however it was met.</summary>
    private readonly record struct ItemSet
    {
        public ItemSet(params string[] items)
        {
            var sorted = items.Order(StringComparer.Ordinal).ToArray();
            A = sorted[0];
            B = sorted.Length > 1 ? sorted[1] : null;
            C = sorted.Length > 2 ? sorted[2] : null;
        }

        public string A { get; }

        public string? B { get; }

        public string? C { get; }

        public int Size => C is not null ? 3 : B is not null ? 2 : 1;

        public string[] Items => Size switch { 3 => [A, B!, C!], 2 => [A, B!], _ => [A] };
    }
}
