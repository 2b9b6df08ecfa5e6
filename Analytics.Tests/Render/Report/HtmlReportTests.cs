using System.Text.RegularExpressions;
using System.Xml.Linq;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Report;

namespace LivePeak.Tests.Render.Report;

/// <summary>The report as a file: self-contained, answer first, true to its data, private when asked.</summary>
public sealed partial class HtmlReportTests
{
    private static string PosReport(Language language = Language.English, bool anonymize = false, string? title = null)
    {
        var (summary, evidence) = ChartInputs.Import([.. ChartInputs.PosFiles, ChartInputs.TrendFile]);
        return HtmlReport.Write(summary, evidence, Words.For(language), new ReportOptions { Anonymize = anonymize, Title = title });
    }

    [Test]
    public void The_report_is_one_file_that_needs_nothing_else()
    {
        var html = PosReport();

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Not.Contain("<script").IgnoreCase.And.Not.Contain("<link").IgnoreCase.And.Not.Contain(" src=").IgnoreCase);
        Assert.That(Urls().Matches(html).Select(m => m.Value).Distinct(), Is.EquivalentTo(new[] { "http://www.w3.org/2000/svg" }),
            "the only URL is the SVG namespace, which is a name, not a download");
        Assert.That(html, Does.Contain("Content-Security-Policy\" content=\"default-src 'none'"));
        Assert.That(html, Does.Contain("@page { size: A4").And.Contain("@media print"));
        foreach (Match svg in InlineSvg().Matches(html))
        {
            Assert.That(() => XDocument.Parse(svg.Value), Throws.Nothing, "each inline chart is well-formed XML");
        }

        var ids = ElementIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.That(ids, Is.Unique, "charts on one page do not share ids");
    }

    [Test]
    public void The_answer_comes_first_then_charts_evidence_coverage_and_method()
    {
        var html = PosReport();

        var order = new[] { "answer", "charts", "evidence", "coverage", "method", "compare" }.Select(id => html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.That(order, Is.All.GreaterThan(0));
        Assert.That(order, Is.Ordered.Ascending);
    }

    [Test]
    public void The_answer_names_the_planted_windows_and_the_best_seller()
    {
        var lines = ChartInputs.Planted(weeks: 4, dailyMorning: true);
        lines.Add(ChartInputs.Line(ChartInputs.PlantedMonday.At(new NodaTime.LocalTime(20, 30)), 9_000_000, "PORK", "Thịt trâu gác bếp"));
        var evidence = ChartInputs.FromLines(lines);

        var html = HtmlReport.Write(new ImportSummary([]), evidence, Words.For(Language.English));

        var answer = Section(html, "answer");
        Assert.That(answer, Does.Contain("10:00–12:00 · 20:00–22:00"), "both daily peaks, the bigger (every morning) first");
        // Oracle: the pork sale is 9,000,000 of the GMV taken in 10:00-12:00 and 20:00-22:00 over the four weeks.
        var inWindows = lines.Where(l => l.CreatedLocal.Hour is 10 or 11 or 20 or 21).Sum(l => l.Revenue.ToDecimal());
        var share = Words.For(Language.English).Numbers.Percent(9_000_000m / inWindows);
        Assert.That(answer, Does.Contain($"<li class=\"name\">Thịt trâu gác bếp <span class=\"muted\">9,000,000 VND, {share} of sales then</span>"),
            "the products with the most sales in those windows, with their share there");
        Assert.That(answer, Does.Contain("stand-in"), "the stand-in ranking says what it is");
        Assert.That(Section(html, "evidence"), Does.Contain("Checked on weeks it did not see").And.Contain("times an average window"));
    }

    [Test]
    public void Coverage_lists_every_file_with_its_rows_and_the_totals()
    {
        var html = Section(PosReport(), "coverage");

        Assert.That(html, Does.Contain("pos-orders-shop1.csv").And.Contain("pos-orders-shop2.csv").And.Contain("live-trend-20260606.csv"));
        Assert.That(html, Does.Contain("<td class=\"num\">188</td>").And.Contain("<td class=\"num\">189</td>"));
        Assert.That(html, Does.Contain("<tr class=\"total\"><td>Total</td><td></td><td class=\"num\">401</td>"), "188 + 189 + 24 trend rows");
    }

    [Test]
    public void Anonymize_replaces_shop_and_file_names_by_labels_largest_shop_first()
    {
        var plain = PosReport();
        var anonymous = PosReport(anonymize: true);

        Assert.That(plain, Does.Contain("Nông sản Tây Bắc").And.Contain("Đặc sản Đà Lạt Xanh"));
        Assert.That(anonymous, Does.Not.Contain("Nông sản Tây Bắc").And.Not.Contain("Đặc sản Đà Lạt Xanh"));
        Assert.That(anonymous, Does.Not.Contain("pos-orders-shop").And.Not.Contain("live-trend-2026"), "file names may name the shop");
        var compare = Section(anonymous, "compare");
        Assert.That(compare.IndexOf("Shop A", StringComparison.Ordinal), Is.LessThan(compare.IndexOf("Shop B", StringComparison.Ordinal)));
        Assert.That(compare, Does.Contain("<td class=\"shop\">Shop A</td><td class=\"num\">107</td><td class=\"num\">45,478,000 VND</td>"),
            "Shop A is the shop with the larger GMV (Nông sản Tây Bắc)");
    }

    [Test]
    public void One_shop_gets_no_comparison_page_and_its_name_in_the_title()
    {
        var (summary, evidence) = ChartInputs.Import([ChartInputs.PosFiles[0]]);

        var html = HtmlReport.Write(summary, evidence, Words.For(Language.English));

        Assert.That(html, Does.Not.Contain("id=\"compare\""));
        Assert.That(html, Does.Contain("<h1>When to go LIVE, and what to sell: Nông sản Tây Bắc</h1>"));
        Assert.That(PosReport(title: "Lớp LIVE <tháng 6>"), Does.Contain("<h1>Lớp LIVE &lt;tháng 6&gt;</h1>"), "--title, escaped");
    }

    [Test]
    public void Each_language_writes_its_own_words_and_numbers()
    {
        var vi = PosReport(Language.Vietnamese);
        var en = PosReport(Language.English);

        Assert.That(vi, Does.Contain("<html lang=\"vi\">").And.Contain("Câu trả lời").And.Contain("45.478.000 ₫"));
        Assert.That(en, Does.Contain("<html lang=\"en\">").And.Contain("The answer").And.Contain("45,478,000 VND"));
        Assert.That(en, Does.Not.Contain("₫").And.Not.Contain("Câu trả lời"));
    }

    [Test]
    public void The_same_inputs_write_the_same_bytes() => Assert.That(PosReport(), Is.EqualTo(PosReport()));

    internal static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        start = start >= 0 ? start : html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"https?://[^\s""'<>)]+")]
    private static partial Regex Urls();

    [GeneratedRegex(@"<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex InlineSvg();

    [GeneratedRegex(@" id=""([^""]+)""")]
    private static partial Regex ElementIds();
}
