using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Models.Products;

namespace LivePeak.Tests.Scale;

/// <summary>Every difference between two product sales or two sets of report evidence, as readable lines.</summary>
internal static class ModelComparison
{
    public static List<string> Differences(ProductSales expected, ProductSales actual)
    {
        var differences = new List<string>();
        void Check<T>(string what, T want, T got)
        {
            if (!EqualityComparer<T>.Default.Equals(want, got))
            {
                differences.Add($"{what}: embedded {want}, store {got}");
            }
        }

        Check("lines", expected.Lines, actual.Lines);
        Check("orders", expected.Orders, actual.Orders);
        Check("products", string.Join(", ", expected.Ids()), string.Join(", ", actual.Ids()));
        foreach (var id in expected.Ids().Intersect(actual.Ids()))
        {
            Check($"{id} gmv", string.Join(" ", expected.Gmv(id)), string.Join(" ", actual.Gmv(id)));
            Check($"{id} orders", string.Join(" ", expected.OrdersOf(id)), string.Join(" ", actual.OrdersOf(id)));
            Check($"{id} names", Text(expected.Names(id)), Text(actual.Names(id)));
        }

        Check("baskets", Text(expected.Baskets()), Text(actual.Baskets()));
        return differences;
    }

    public static List<string> Differences(EvidenceBuilder expected, EvidenceBuilder actual)
    {
        var differences = Differences(expected.All, actual.All, "all shops");
        var shops = expected.Shops.Select(s => s.Shop).ToList();
        if (!shops.SequenceEqual(actual.Shops.Select(s => s.Shop)))
        {
            differences.Add($"shops: embedded {string.Join(", ", shops)}, store {string.Join(", ", actual.Shops.Select(s => s.Shop))}");
        }

        foreach (var (e, a) in expected.Shops.Zip(actual.Shops))
        {
            differences.AddRange(Differences(e, a, "shop " + e.Shop));
        }

        if (expected.LiveChannelLinesWithoutLive != actual.LiveChannelLinesWithoutLive)
        {
            differences.Add($"LIVE lines without a LIVE: embedded {expected.LiveChannelLinesWithoutLive}, store {actual.LiveChannelLinesWithoutLive}");
        }

        return differences;
    }

    private static List<string> Differences(ShopEvidence expected, ShopEvidence actual, string who)
    {
        var differences = CubeComparison.Differences(expected.Cube, actual.Cube)
            .Concat(CubeComparison.Differences(expected.Ledger, actual.Ledger))
            .Select(d => $"{who}: {d}")
            .ToList();
        var dates = expected.Daily.Dates().ToList();
        if (!dates.SequenceEqual(actual.Daily.Dates()))
        {
            differences.Add($"{who}: daily dates {expected.Daily.FirstDate}..{expected.Daily.LastDate} vs {actual.Daily.FirstDate}..{actual.Daily.LastDate}");
        }

        foreach (var date in dates)
        {
            for (var slot = 0; slot < expected.Daily.Length.SlotsPerDay; slot++)
            {
                var want = (expected.Daily.Gmv(date, slot), expected.Daily.Orders(date, slot));
                var got = (actual.Daily.Gmv(date, slot), actual.Daily.Orders(date, slot));
                if (want != got)
                {
                    differences.Add($"{who}: {date} slot {slot}: embedded {want}, store {got}");
                }
            }
        }

        static string Row(ProductRow r) =>
            $"{r.Name} [{r.ProductId}] gmv {string.Join(" ", r.Gmv)} items {string.Join(" ", r.Items.Select(i => i.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture)))}";
        var products = expected.Products.All().Select(Row).ToList();
        var stored = actual.Products.All().Select(Row).ToList();
        differences.AddRange(products.Except(stored).Select(p => $"{who}: product only embedded: {p}"));
        differences.AddRange(stored.Except(products).Select(p => $"{who}: product only in store: {p}"));
        return differences;
    }

    private static string Text(IReadOnlyDictionary<string, long> names) =>
        string.Join(", ", names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}"));

    private static string Text(IReadOnlyList<IReadOnlyCollection<string>> baskets) =>
        string.Join(" | ", baskets.Select(b => string.Join(",", b.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
