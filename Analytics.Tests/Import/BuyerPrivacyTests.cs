using System.Reflection;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Tables;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>
/// Buyer data (names, usernames, phones, addresses, messages) never leaves the importer: not in
/// an <see cref="OrderLine"/>, not in a <see cref="RejectedRow"/>.
/// </summary>
[TestFixture]
public sealed class BuyerPrivacyTests
{
    /// <summary>The fake buyer values written into the fixtures by Fixtures/fixture_rows.py.</summary>
    private static readonly string[] FakeBuyerValues =
    [
        "thuynguyen_9x", "Nguyễn Thị Thùy", "(+84)912***678", "Số 12, ngõ 34 phố Huế", "Giao giờ hành chính giúp em",
        "minhanh.shop99", "Trần Minh Anh", "(+84)987***321", "45/6 Lê Văn Sỹ, Phường 13",
        "ngoclan_2k1", "Lê Ngọc Lan", "(+84)903***115", "Chung cư Sky Garden, lô B2",
        "quanghuy.vn", "Phạm Quang Huy", "(+84)938***402", "27 Trần Hưng Đạo, tổ 5",
        "vanbao_88", "Võ Văn Bảo", "(+84)977***006", "Ấp 4 xã Tân Phú Đông",
        "hoa.pham_shopping", "Phạm Thị Hoa", "84935123456", "88 Nguyễn Trãi, Phường Bến Thành", "Đóng gói kỹ giúp mình",
        "tuananh1995", "Đỗ Tuấn Anh", "84978654321", "Thôn 3, xã Hòa Phú",
    ];

    private static readonly string[] FixturesWithBuyers =
    [
        "tiktok_vn_54_bom.csv", "tiktok_vn_56_reordered.csv", "tiktok_us.csv", "tiktok_vn_54.xlsx", "tiktok_vn_54_stale_dimension.xlsx",
        "tiktok_vn_54_row_per_cell.xlsx", "shopee_vn_63_product_total.csv", "shopee_vn_63_buyer_paid.xlsx",
        "tiktok_vn_rejects.csv", "tiktok_vn_rejects_overlap.csv", "shopee_vn_rejects.csv", "tiktok_vn_54_rejects.xlsx",
    ];

    [Test]
    public void Order_line_has_no_property_for_buyer_data()
    {
        string[] buyerWords = ["buyer", "recipient", "phone", "address", "username", "customer", "email", "message", "receiver", "commune"];

        var properties = typeof(OrderLine).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name.ToLowerInvariant());

        Assert.That(properties, Has.None.Matches<string>(name => buyerWords.Any(w => name!.Contains(w, StringComparison.Ordinal))));
    }

    [Test]
    public void Every_fake_buyer_value_is_present_in_some_fixture()
    {
        // Guards the next test: it proves nothing unless the buyer values are really in the files.
        var cells = FixturesWithBuyers.SelectMany(f => TableSource.ReadRows(PathOf(f))).SelectMany(r => r.Cells).ToList();

        Assert.That(FakeBuyerValues, Has.All.Matches<string>(v => cells.Any(c => c.Contains(v!, StringComparison.Ordinal))));
    }

    [TestCaseSource(nameof(FixturesWithBuyers))]
    public void No_buyer_value_reaches_a_line_or_a_reject(string fixture)
    {
        var result = ImportFile(fixture, fixture.StartsWith("tiktok_us", StringComparison.Ordinal)
            ? new ImportOptions { Zone = NodaTime.DateTimeZoneProviders.Tzdb["America/Los_Angeles"] }
            : null);
        var texts = result.Lines.SelectMany(StringsOf)
            .Concat(result.Rejects.SelectMany(StringsOf))
            .Concat(result.Rejects.SelectMany(r => r.Cells).SelectMany(c => new[] { c.Key, c.Value }))
            .ToList();

        Assert.That(result.Lines.Count + result.Rejects.Count, Is.GreaterThan(0));
        Assert.That(texts, Has.None.Matches<string>(t => FakeBuyerValues.Any(v => t!.Contains(v, StringComparison.Ordinal))));
    }

    /// <summary>Every string-valued public property, so a field added later is checked too.</summary>
    private static IEnumerable<string> StringsOf(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string?)p.GetValue(value))
            .OfType<string>();
}
