using System.Text.RegularExpressions;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Cli;

/// <summary>
/// Every command writes for people in the language of <c>--lang</c>, with that language's numbers
/// (1.234.567 / 1,234,567), dates and day names; JSON is a contract and never changes with it.
/// </summary>
[NonParallelizable]
public sealed partial class LanguageOutputTests
{
    // Two planted orders: 1,234,567 on Monday 1 June 20:15 and 411,523 (2.5 items) on Saturday
    // 6 June 10:05. Monday's slot holds 1,234,567 / 1,646,090 = 75.0% of the GMV.
    private const string Orders =
        "order_id,created_at,shop,product_id,quantity,amount,status\n" +
        "1,2026-06-01 20:15:00,S1,DURIAN,1,1234567,completed\n" +
        "2,2026-06-06 10:05:00,S1,YACON,2.5,411523,completed\n";

    private const string AmbiguousMap = "timestamp=date;order=order;product=product;quantity=qty;amount=amount";

    private static string Samples => Path.Combine(TestContext.CurrentContext.TestDirectory, "data-samples", "tiktok");

    [TestCase("vi", new[] { "Doanh thu theo thứ và giờ (Asia/Ho_Chi_Minh)", "Đơn hàng từ 01/06/2026 đến 06/06/2026", "2 khung giờ tốt nhất: Doanh thu", "T2 20:00-21:00", "1.234.567", "75,0%", "2,5", "1,2 tr", "Dữ liệu đầu vào", "Nhận" },
        new[] { "by day and time", "Orders from", "Best", "Mon 20:00", "1,234,567", "75.0%", "Accepted" })]
    [TestCase("en", new[] { "GMV by day and time (Asia/Ho_Chi_Minh)", "Orders from 1 Jun 2026 to 6 Jun 2026", "Best 2 slots: GMV", "Mon 20:00-21:00", "1,234,567", "75.0%", "2.5", "1.2M", "Inputs", "Accepted" },
        new[] { "theo thứ", "Đơn hàng", "T2 20:00", "1.234.567", "75,0%", "Dữ liệu" })]
    public void Slots_tables_titles_and_numbers_follow_the_language(string lang, string[] expected, string[] absent)
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Orders);

        var run = CliRun.Of("slots", file, "--metric", "gmv", "--top", "2", "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        AssertContains(run.Output, expected, absent);
    }

    [TestCase("vi", new[] { "Thời lượng LIVE theo khung giờ", "Buổi LIVE", "Giờ LIVE", "đạt từ 80% khung giờ cao nhất" }, new[] { "LIVE exposure", "Viewers", "within 80%" })]
    [TestCase("en", new[] { "LIVE exposure by slot", "Live h", "Viewers", "* within 80% of the busiest slot" }, new[] { "Thời lượng", "Người xem" })]
    public void Slots_with_LIVE_reports_show_the_exposure_table_in_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of("slots", Samples, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        AssertContains(run.Output, expected, absent);
        AssertGrouping(run.Output, lang);
    }

    [TestCase("vi", new[] { "Số dòng đã đọc", "1.234", "nhận", "Bỏ qua", "Ngày", "01/06/2026 đến 02/06/2026", "Tệp", "Loại bỏ" }, new[] { "Rows read", "1,234", "to 2 Jun" })]
    [TestCase("en", new[] { "Rows read", "1,234", "accepted", "Skipped", "Dates", "1 Jun 2026 to 2 Jun 2026", "File", "Rejected" }, new[] { "Số dòng", "1.234", "đến" })]
    public void Inspect_labels_counts_and_dates_follow_the_language(string lang, string[] expected, string[] absent)
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", CanonicalRows(1234));

        var run = CliRun.Of("inspect", file, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        AssertContains(run.Output, expected, absent);
    }

    [TestCase("vi", new[] { "Loại bỏ: thiếu mã đơn hàng (Order ID)", "Loại bỏ: không đọc được số lượng (Quantity)", "Loại bỏ: dòng hỏng" }, new[] { "missing order id", "unreadable" })]
    [TestCase("en", new[] { "Rejected: missing order id (Order ID)", "Rejected: unreadable quantity (Quantity)", "Rejected: malformed row" }, new[] { "thiếu", "không đọc được" })]
    public void Inspect_gives_the_reasons_rows_were_rejected_in_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of("inspect", Support.FixtureImport.PathOf("tiktok_vn_rejects.csv"), "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        AssertContains(run.Output, expected, absent);
    }

    [TestCase("vi", "livepeak: cảnh báo: ", "ngày tháng khớp cả 'dd/MM/yyyy HH:mm' lẫn 'M/d/yyyy H:mm'")]
    [TestCase("en", "livepeak: warning: ", "dates fit both 'dd/MM/yyyy HH:mm' and 'M/d/yyyy H:mm'")]
    public void Import_warnings_are_in_the_language(string lang, string lead, string warning)
    {
        var run = CliRun.Of("inspect", Support.FixtureImport.PathOf("generic_ambiguous_dates.csv"), "--map", AmbiguousMap, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Error, Does.Contain(lead).And.Contain(warning));
        Assert.That(run.Output, Does.Contain(warning));
    }

    [Test]
    public void The_report_gives_the_reasons_rows_were_rejected_in_its_language()
    {
        using var temp = new TempFolder();
        var path = temp.File("report.html");

        var run = CliRun.Of("report", Support.FixtureImport.PathOf("tiktok_vn_rejects.csv"), "--out", path, "--lang", "vi");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(File.ReadAllText(path), Does.Contain("thiếu mã đơn hàng (Order ID)").And.Not.Contain("missing order id"));
    }

    [TestCase("vi", new[] { "buổi LIVE, 01/06/2026 – 28/06/2026", "Bắt đầu", "Thời lượng", "Người xem", "Đơn hàng được tính cho một buổi LIVE", "T2 01/06 " },
        new[] { "LIVE sessions", "Start", "Orders count for a LIVE", "Mon 1 Jun" })]
    [TestCase("en", new[] { "LIVE sessions, 1 Jun 2026 – 28 Jun 2026", "Start", "Length", "Platform", "Orders count for a LIVE", "Mon 1 Jun " },
        new[] { "buổi LIVE", "Bắt đầu", "T2 01/06" })]
    public void Sessions_table_follows_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of("sessions", Samples, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        AssertContains(run.Output, expected, absent);
        AssertGrouping(run.Output, lang);
    }

    [TestCase("vi", "livepeak: 1.234 dòng, ", "rows")]
    [TestCase("en", "livepeak: 1,234 rows, ", "dòng")]
    public void Generate_reports_what_it_wrote_in_the_language(string lang, string expected, string absent)
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--format", "canonical", "--rows", "1234", "--out", temp.Path, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Error, Does.Contain(expected).And.Not.Contain(absent));
    }

    [TestCase("vi", "đọc nhật ký bán hàng (POS) bằng --map")]
    [TestCase("en", "read the POS log with --map")]
    public void Generate_says_how_to_read_a_POS_log_in_the_language(string lang, string expected)
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--format", "generic", "--weeks", "1", "--out", temp.Path, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Error, Does.Contain(expected));
    }

    [TestCase("vi", new[] { "Khối thứ x giờ của", "1.500 dòng", "Lần chạy", "Giây", "1 luồng, lần đầu", "Bộ nhớ cao nhất:" }, new[] { "rows", "Peak memory" })]
    [TestCase("en", new[] { "Day x hour cube of", "1,500 rows", "Run", "Seconds", "1 thread, cold", "Peak memory:" }, new[] { "dòng", "Bộ nhớ" })]
    public void Bench_table_follows_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of("bench", "--rows", "1500", "--runs", "1", "--threads", "1", "--no-duckdb", "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        AssertContains(run.Output, expected, absent);
    }

    [TestCase("vi", "Thời điểm LIVE tốt nhất")]
    [TestCase("en", "Best times to go LIVE")]
    public void Charts_in_the_terminal_take_the_same_global_option(string lang, string title)
    {
        var run = CliRun.Of("chart", "windows", Samples, "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain(title));
    }

    [Test]
    public void The_option_may_come_before_the_command()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Orders);

        var run = CliRun.Of("--lang", "vi", "slots", file, "--metric", "gmv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("Doanh thu theo thứ và giờ"));
    }

    [Test]
    [SetUICulture("vi-VN")]
    public void Without_the_option_a_Vietnamese_desktop_gets_Vietnamese()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Orders);

        var run = CliRun.Of("slots", file, "--metric", "gmv");

        Assert.That(run.Output, Does.Contain("Doanh thu theo thứ và giờ").And.Contain("1.234.567"));
    }

    [TestCase("", Description = "no UI language at all (the invariant culture), as on a bare CI machine")]
    [TestCase("fr-FR", Description = "a language LivePeak does not write")]
    public void Without_the_option_any_other_desktop_gets_English(string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            using var temp = new TempFolder();
            var file = temp.Write("orders.csv", Orders);

            var run = CliRun.Of("slots", file, "--metric", "gmv");

            Assert.That(run.Output, Does.Contain("GMV by day and time").And.Contain("1,234,567"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Test]
    [SetCulture("de-DE")]
    public void The_machine_culture_never_formats_a_number()
    {
        // German writes 1.234.567 and 75,0 %: English output must not.
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Orders);

        var run = CliRun.Of("slots", file, "--metric", "gmv", "--lang", "en");

        Assert.That(run.Output, Does.Contain("1,234,567").And.Contain("75.0%").And.Not.Contain("1.234.567"));
    }

    public static IEnumerable<TestCaseData> JsonCommands()
    {
        var samples = Path.Combine(TestContext.CurrentContext.TestDirectory, "data-samples", "tiktok");
        yield return new TestCaseData((object)new[] { "slots", samples, "--json" }).SetArgDisplayNames("slots");
        yield return new TestCaseData((object)new[] { "sessions", samples, "--json" }).SetArgDisplayNames("sessions");
        yield return new TestCaseData((object)new[] { "inspect", samples, "--json" }).SetArgDisplayNames("inspect");
        yield return new TestCaseData((object)new[] { "inspect", Support.FixtureImport.PathOf("tiktok_vn_rejects.csv"), "--json" })
            .SetArgDisplayNames("inspect, reject reasons as JSON keys");
        yield return new TestCaseData((object)new[] { "inspect", Support.FixtureImport.PathOf("generic_ambiguous_dates.csv"), "--map", AmbiguousMap, "--json" })
            .SetArgDisplayNames("inspect, warnings");
    }

    [TestCaseSource(nameof(JsonCommands))]
    public void Json_is_the_same_in_every_language(string[] command)
    {
        var vi = CliRun.Of([.. command, "--lang", "vi"]);
        var en = CliRun.Of([.. command, "--lang", "en"]);
        var neither = CliRun.Of(command);

        Assert.That(vi.ExitCode, Is.EqualTo(ExitCodes.Ok), vi.Error);
        Assert.That(vi.Output, Is.Not.Empty);
        Assert.That(vi.Output, Is.EqualTo(en.Output));
        Assert.That(neither.Output, Is.EqualTo(en.Output));
        Assert.That(vi.Output, Does.Not.Contain("Doanh thu").And.Not.Contain("01/06/2026").And.Not.Contain("không đọc được"),
            "no word or date of the language leaks into JSON");
    }

    [TestCase("inspect")]
    [TestCase("slots")]
    [TestCase("sessions")]
    [TestCase("generate")]
    [TestCase("bench")]
    [TestCase("chart", "heatmap")]
    [TestCase("report")]
    [TestCase("load", "clickhouse")]
    public void Every_command_takes_the_option(params string[] command)
    {
        var run = CliRun.Of([.. command, "--help"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("--lang"));
    }

    private static string CanonicalRows(int count)
    {
        var text = new System.Text.StringBuilder("order_id,created_at,product_id,quantity,amount\n");
        for (var i = 0; i < count; i++)
        {
            // Half on 1 June, half on 2 June.
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1},2026-06-0{1 + i % 2} 10:00:00,P,1,1000\n");
        }

        return text.ToString();
    }

    /// <summary>Each expected text is in the output, and none of the absent ones.</summary>
    internal static void AssertContains(string output, string[] expected, string[] absent) => Assert.Multiple(() =>
    {
        foreach (var text in expected)
        {
            Assert.That(output, Does.Contain(text), output);
        }

        foreach (var text in absent)
        {
            Assert.That(output, Does.Not.Contain(text), output);
        }
    });

    /// <summary>Amounts of a thousand and more are grouped as the language groups them, and never the other way.</summary>
    private static void AssertGrouping(string output, string lang)
    {
        var (ours, theirs) = lang == "vi" ? (DotGrouped(), CommaGrouped()) : (CommaGrouped(), DotGrouped());
        Assert.That(ours.IsMatch(output), Is.True, output);
        Assert.That(theirs.IsMatch(output), Is.False, output);
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(\.\d{3})+(?![\d.,])")]
    internal static partial Regex DotGrouped();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(,\d{3})+(?![\d.,])")]
    internal static partial Regex CommaGrouped();
}
