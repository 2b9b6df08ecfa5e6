using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Report;
using LivePeak.Tests.Cli;
using LivePeak.Tests.Support;

namespace LivePeak.Tests.Render.Report;

/// <summary>
/// The report opened in a real browser: headless Chromium loads it with no network, and the page
/// it draws is a full page of text and charts, not an error page or a blank one.
/// </summary>
[TestFixture]
[Category("Browser")]
public sealed class ReportInChromiumTests
{
    [TestCase(Language.Vietnamese)]
    [TestCase(Language.English)]
    public void The_report_renders_in_Chromium_as_a_full_A4_page(Language language)
    {
        ChromiumRun.Executable();
        using var temp = new TempFolder();
        var (summary, evidence) = ChartInputs.Import([.. ChartInputs.PosFiles, ChartInputs.TrendFile]);
        var report = temp.File("report.html");
        File.WriteAllText(report, HtmlReport.Write(summary, evidence, Words.For(language)));
        var png = temp.File("page.png");

        var shot = ChromiumRun.Run(report, $"--screenshot={png}", "--window-size=1240,1754");

        Assert.That(shot.ExitCode, Is.Zero, shot.Error);
        Assert.That(File.Exists(png), Is.True, "Chromium wrote the screenshot");
        var image = PngImage.Read(png);
        Assert.That((image.Width, image.Height), Is.EqualTo((1240, 1754)));
        var colours = new HashSet<int>();
        long inked = 0;
        double sum = 0, squares = 0;
        for (var i = 0; i < image.Rgb.Length; i += 3)
        {
            var (r, g, b) = (image.Rgb[i], image.Rgb[i + 1], image.Rgb[i + 2]);
            colours.Add(r << 16 | g << 8 | b);
            var luminance = 0.299 * r + 0.587 * g + 0.114 * b;
            sum += luminance;
            squares += luminance * luminance;
            if (luminance < 200)
            {
                inked++;
            }
        }

        var pixels = image.Rgb.Length / 3.0;
        var variance = squares / pixels - sum / pixels * (sum / pixels);
        Assert.That(variance, Is.GreaterThan(300), "a blank or single-colour page has no variance");
        Assert.That(inked / pixels, Is.InRange(0.02, 0.6), "text and bars ink a share of the page, not none and not all");
        Assert.That(colours, Has.Count.GreaterThan(200), "charts bring colours; an error page has a handful");
        var (ar, ag, ab) = image[200, 200];
        Assert.That((ar, ag, ab), Is.EqualTo(((byte)0xee, (byte)0xf7, (byte)0xf1)), "the answer box sits at the top of the first page");
    }

    [Test]
    public void The_browser_sees_every_section_and_chart_and_loads_nothing_else()
    {
        ChromiumRun.Executable();
        using var temp = new TempFolder();
        var (summary, evidence) = ChartInputs.Import([.. ChartInputs.PosFiles, ChartInputs.TrendFile]);
        var report = temp.File("report.html");
        var html = HtmlReport.Write(summary, evidence, Words.For(Language.English));
        File.WriteAllText(report, html);

        var dom = ChromiumRun.Run(report, "--dump-dom", "--virtual-time-budget=2000");

        Assert.That(dom.ExitCode, Is.Zero, dom.Error);
        foreach (var section in new[] { "answer", "charts", "evidence", "coverage", "method", "compare" })
        {
            Assert.That(dom.Output, Does.Contain($"id=\"{section}\""), section);
        }

        var charts = System.Text.RegularExpressions.Regex.Matches(html, "<svg ").Count;
        Assert.That(System.Text.RegularExpressions.Regex.Matches(dom.Output, "<svg ").Count, Is.EqualTo(charts), "every inline chart parsed as SVG");
        Assert.That(charts, Is.EqualTo(5 + 2), "five charts and one small chart per shop");
        Assert.That(dom.Error, Does.Not.Contain("Content Security Policy"), "nothing tried to load or run");
    }
}
