using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Render.Report;

/// <summary>
/// The names a report prints for shops: their own, or with anonymising "Shop A", "Shop B"… in
/// order of GMV (largest first, ties by name), so the labels say nothing about the names.
/// </summary>
public sealed class ShopLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public ShopLabels(IEnumerable<ShopEvidence> shops, bool anonymize, Words words)
    {
        var ordered = shops.OrderByDescending(s => s.Cube.AllSlots().Sum(x => x.Gmv.TenThousandths)).ThenBy(s => s.Shop, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var name = ordered[i].Shop ?? string.Empty;
            _labels[name] = anonymize ? words.Format("report.shop.label", ("letter", Letter(i))) : name;
        }
    }

    public string this[string shop] => _labels.TryGetValue(shop, out var label) ? label : shop;

    /// <summary>A, B, … Z, AA, AB, …</summary>
    public static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);
}
