using LivePeak.Analytics.Generate;

namespace LivePeak.Tests.Generate;

/// <summary>Every export format has one command-line name, and names read back to their format.</summary>
[TestFixture]
public sealed class ExportFormatNamesTests
{
    [TestCase(ExportFormat.TikTok, "tiktok", TestName = "TikTok is one word")]
    [TestCase(ExportFormat.TikTokXlsx, "tiktok-xlsx", TestName = "Words split at capitals")]
    [TestCase(ExportFormat.ShopeeCsv, "shopee-csv", TestName = "Shopee CSV")]
    [TestCase(ExportFormat.TikTokLiveList2023, "tiktok-live-list-2023", TestName = "A year is its own part")]
    public void Names_are_kebab_case(ExportFormat format, string name)
    {
        Assert.That(format.Slug(), Is.EqualTo(name));
        Assert.That(ExportFormatNames.TryParse(name, out var parsed) && parsed == format, Is.True);
    }

    [Test]
    public void Every_format_has_a_distinct_name() =>
        Assert.That(ExportFormatNames.All, Is.Unique.And.Count.EqualTo(Enum.GetValues<ExportFormat>().Length));
}
