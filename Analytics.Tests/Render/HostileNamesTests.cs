using System.Text.RegularExpressions;
using System.Xml.Linq;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Report;
using LivePeak.Analytics.Render.ShopCharts;
using LivePeak.Analytics.Render.Svg;
using NodaTime;

namespace LivePeak.Tests.Render;

/// <summary>
/// Shop and product names come from sellers' files and can hold anything. In SVG and HTML they
/// stay text: no tag opens, no attribute closes, the document still parses, and the name reads back.
/// </summary>
public sealed partial class HostileNamesTests
{
    public static IEnumerable<TestCaseData> Names()
    {
        yield return new TestCaseData("<script>alert('x')</script>").SetName("a script tag");
        yield return new TestCaseData("\"><img src=x onerror=alert(1)>").SetName("an attribute breakout");
        yield return new TestCaseData("Tôm & Cá 'Cà Mau' \"loại 1\"").SetName("ampersand and both quotes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("Sầu riêng Ri6 Cái Mơn loại đặc biệt ", 30))).SetName("a very long name");
        yield return new TestCaseData("🍍🔥 Dứa Đồng Giao 👨‍👩‍👧 ✔️").SetName("emoji, joined emoji and variation selectors");
        yield return new TestCaseData("]]><!-- -->&amp;&#x3C;").SetName("CDATA end, comment and entity text");
    }

    private static EvidenceBuilderAndSummary Hostile(string name)
    {
        var lines = new List<Analytics.Domain.OrderLine>();
        var monday = new LocalDate(2026, 6, 1);
        for (var d = 0; d < 21; d++)
        {
            lines.Add(ChartInputs.Line(monday.PlusDays(d).At(new LocalTime(20, 10)), 500_000, "P1", name, shop: name));
            lines.Add(ChartInputs.Line(monday.PlusDays(d).At(new LocalTime(10, 10)), 200_000, "P2", "Khoai " + name, shop: "Shop 2"));
        }

        var session = ChartInputs.Live(monday.At(new LocalTime(20, 0)), 60, 1_000_000, shop: name);
        return new(ChartInputs.FromLines(lines, [session]), new ImportSummary([]));
    }

    private sealed record EvidenceBuilderAndSummary(Analytics.Engine.Evidence.EvidenceBuilder Evidence, ImportSummary Summary);

    [TestCaseSource(nameof(Names))]
    public void Names_stay_text_in_every_chart(string name)
    {
        var input = Hostile(name);
        var charts = new ShopChartSet(input.Evidence.Shops.Single(s => s.Shop == name), Words.For(Language.English));

        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            var plot = charts.Build(kind)!;
            var svg = SvgRenderer.Render(plot);
            var doc = XDocument.Parse(svg);
            Assert.That(doc.Descendants().Select(e => e.Name.LocalName), Has.None.EqualTo("script").And.None.EqualTo("img"), kind.ToString());
            Assert.That(doc.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName), Has.None.StartsWith("on"), kind.ToString());
            var texts = string.Join("\n", doc.Descendants().Where(e => !e.HasElements).Select(e => e.Value));
            if (kind is ChartKind.Products)
            {
                Assert.That(texts, Does.Contain(name), "the full name reads back in the cell's tooltip");
            }
        }
    }

    [TestCaseSource(nameof(Names))]
    public void Names_stay_text_in_the_report(string name)
    {
        var input = Hostile(name);

        var html = HtmlReport.Write(input.Summary, input.Evidence, Words.For(Language.Vietnamese));

        Assert.That(html, Does.Not.Contain("<script").IgnoreCase.And.Not.Contain("<img").IgnoreCase.And.Not.Contain("<!--"));
        Assert.That(html, Does.Contain(Html.Escape(name)), "the name appears, escaped");
        foreach (Match svg in InlineSvg().Matches(html))
        {
            Assert.That(() => XDocument.Parse(svg.Value), Throws.Nothing);
        }

        // Outside the inline charts, the page is also well-formed once its doctype is set aside.
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..(html.IndexOf("</body>", StringComparison.Ordinal) + 7)];
        Assert.That(() => XDocument.Parse(body.Replace("&nbsp;", " ", StringComparison.Ordinal)), Throws.Nothing);
    }

    [GeneratedRegex(@"<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex InlineSvg();
}
