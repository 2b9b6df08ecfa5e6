using System.Xml.Linq;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Render;

namespace LivePeak.Tests.Cli;

/// <summary><c>livepeak chart</c> and <c>livepeak report</c> end to end.</summary>
[NonParallelizable]
public sealed class ChartCommandTests
{
    private static string[] Pos(params string[] more) =>
        [.. ChartInputs.PosFiles, "--map", Support.FixtureImport.PathOf("Charts/pos.map"), "--culture", "vi-VN", .. more];

    [TestCase("heatmap")]
    [TestCase("hours")]
    [TestCase("windows")]
    [TestCase("products")]
    public void Each_chart_writes_a_well_formed_SVG(string kind)
    {
        using var temp = new TempFolder();
        var path = temp.File(kind + ".svg");

        var run = CliRun.Of(["chart", kind, .. Pos("--out", path, "--lang", "en")]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output.Trim(), Is.EqualTo(path));
        var svg = XDocument.Load(path);
        Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(File.ReadAllText(path), Does.StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    [Test]
    public void The_sessions_chart_draws_a_LIVE_trend_and_says_what_is_missing_without_one()
    {
        using var temp = new TempFolder();

        var withTrend = CliRun.Of("chart", "sessions", ChartInputs.TrendFile, "--out", temp.File("live.svg"), "--lang", "vi");
        var without = CliRun.Of(["chart", "sessions", .. Pos("--out", temp.File("none.svg"), "--lang", "en")]);

        Assert.That(withTrend.ExitCode, Is.EqualTo(ExitCodes.Ok), withTrend.Error);
        Assert.That(File.ReadAllText(temp.File("live.svg")), Does.Contain("Một buổi LIVE theo từng phút"));
        Assert.That(without.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(without.Error, Does.Contain("no LIVEs in the inputs: add a LIVE report"));
        Assert.That(without.HasStackTrace, Is.False);
    }

    [Test]
    public void Without_out_the_chart_is_drawn_in_the_terminal()
    {
        var run = CliRun.Of(["chart", "hours", .. Pos("--lang", "en")]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("GMV on an average day, hour by hour").And.Contain("20:00–22:00").And.Contain("▌ Recommended window"));
    }

    [TestCase("--lang", "fr", "--lang 'fr' is not a language", Description = "only vi and en")]
    [TestCase("--window-hours", "0", "--window-hours must be from 1 to 12")]
    [TestCase("--currency", "đồng", "is not a three-letter currency code")]
    public void Bad_options_are_one_clear_message(string option, string value, string message)
    {
        var run = CliRun.Of(["chart", "windows", .. Pos(option, value)]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.HasStackTrace, Is.False);
    }

    [Test]
    public void The_hours_chart_takes_only_gmv_or_orders() =>
        Assert.That(CliRun.Of(["chart", "hours", .. Pos("--metric", "items")]).ExitCode, Is.EqualTo(ExitCodes.BadOption));

    [Test]
    public void The_report_command_writes_the_report_with_title_language_and_anonymity()
    {
        using var temp = new TempFolder();
        var path = temp.File("report.html");

        var run = CliRun.Of(["report", .. Pos("--out", path, "--lang", "vi", "--title", "Lớp LIVE tháng 6", "--anonymize")]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var html = File.ReadAllText(path);
        Assert.That(html, Does.Contain("<title>Lớp LIVE tháng 6</title>").And.Contain("Cửa hàng A").And.Contain("Cửa hàng B"));
        Assert.That(html, Does.Not.Contain("Nông sản Tây Bắc"));
    }

    [Test]
    public void Inputs_with_nothing_accepted_stop_with_no_data()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("orders.csv", "order_id,created_at,product_id,quantity,amount\n");

        var run = CliRun.Of("report", empty, "--out", temp.File("r.html"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(File.Exists(temp.File("r.html")), Is.False);
    }
}
