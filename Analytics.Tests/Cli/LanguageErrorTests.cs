using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Cli;

/// <summary>
/// A user's mistake is reported in the language of <c>--lang</c>: one line, no stack trace, and
/// the same exit code in every language, so scripts need not care which language a user reads.
/// </summary>
[NonParallelizable]
public sealed class LanguageErrorTests
{
    private const string Canonical = "order_id,created_at,product_id,quantity,amount\n1,2026-06-01 10:00:00,A,1,10\n";

    public static IEnumerable<TestCaseData> Mistakes()
    {
        yield return Case("a missing input", ExitCodes.InputNotFound, "không có tệp hoặc thư mục này", "no such file or folder", "slots", "missing-folder-xyz");
        yield return Case("a file of unknown kind", ExitCodes.UnrecognisedFile, "không nhận ra đây là loại tệp nào. Tên cột tìm thấy: 'When', 'What'",
            "cannot tell what kind of file this is. Headers found: 'When', 'What'", "inspect", "{mystery}");
        yield return Case("the kinds it knows, with the headers each needs", ExitCodes.UnrecognisedFile, "Các loại đã biết: tiktok-orders (cần 'Order ID'",
            "Known kinds: tiktok-orders (needs 'Order ID'", "slots", "{mystery}");
        yield return Case("an unreadable spreadsheet", ExitCodes.BrokenFile, "không đọc được như một bảng tính", "cannot be read as a spreadsheet", "slots", "{truncated}");
        yield return Case("a bad option value", ExitCodes.BadOption, "--top phải từ 0 trở lên", "--top must be 0 or more", "slots", "{orders}", "--top", "-1");
        yield return Case("an option the command does not have", ExitCodes.BadOption, "'--time-zone' không phải là tùy chọn của lệnh này",
            "'--time-zone' is not an option of this command", "slots", "{orders}", "--time-zone", "Europe/London");
        yield return Case("a value outside the choices", ExitCodes.BadOption, "--slot-minutes '45' không thuộc các giá trị 15, 30, 60, 120",
            "--slot-minutes '45' is not one of 15, 30, 60, 120", "slots", "{orders}", "--slot-minutes", "45");
        yield return Case("an unknown time zone", ExitCodes.BadOption, "không biết múi giờ 'Mars/Olympus'", "unknown time zone 'Mars/Olympus'", "slots", "{orders}", "--tz", "Mars/Olympus");
        yield return Case("a map without a time column", ExitCodes.BadOption, "--map cần 'timestamp'", "--map needs 'timestamp'", "slots", "{orders}", "--map", "order=No");
        yield return Case("a bad generator option", ExitCodes.BadOption, "--weeks phải từ 1 đến", "--weeks must be between 1 and", "generate", "--out", "{folder}", "--weeks", "0");
        yield return Case("no data for a chart", ExitCodes.NoData, "không nhận được dòng nào từ dữ liệu", "no rows were accepted from the inputs", "chart", "windows", "{empty}");
        yield return Case("no data for the table", ExitCodes.NoData, "không nhận được dòng đơn hàng nào", "no order lines were accepted", "slots", "{empty}");
        yield return Case("too few windows asked for", ExitCodes.BadOption, "--top phải từ 1 trở lên", "--top must be 1 or more", "recommend", "{orders}", "--top", "0");
        yield return Case("recommend without LIVEs", ExitCodes.NoData, "recommend cần báo cáo LIVE", "recommend needs a LIVE report", "recommend", "{orders}");
        yield return Case("a share of baskets above one", ExitCodes.BadOption, "--min-support phải lớn hơn 0 và không quá 1", "--min-support must be above 0 and at most 1",
            "products", "{orders}", "--min-support", "1.5");
        yield return Case("LIVE baskets without LIVEs", ExitCodes.NoData, "--basket live cần đơn hàng gắn với buổi LIVE", "--basket live needs orders linked to LIVEs",
            "products", "{orders}", "--basket", "live");
        yield return Case("no weeks to fit on", ExitCodes.BadOption, "--train-weeks và --test-weeks phải từ 1 trở lên", "--train-weeks and --test-weeks must be 1 or more",
            "evaluate", "{orders}", "--train-weeks", "0");
        yield return Case("evaluate without LIVEs", ExitCodes.NoData, "evaluate cần báo cáo LIVE", "evaluate needs LIVE reports", "evaluate", "{orders}");
        yield return Case("a store option", ExitCodes.BadOption, "--url phải là địa chỉ như http://localhost:8123", "--url must be an address such as http://localhost:8123",
            "load", "clickhouse", "{orders}", "--url", "not a url");
    }

    [TestCaseSource(nameof(Mistakes))]
    public void A_mistake_is_told_in_the_language_with_the_same_exit_code(int exitCode, string vietnamese, string english, string[] args)
    {
        using var temp = new TempFolder();
        var resolved = args.Select(a => a switch
        {
            "{orders}" => temp.Write("orders.csv", Canonical),
            "{empty}" => temp.Write("empty.csv", "order_id,created_at,product_id,quantity,amount\n"),
            "{mystery}" => temp.Write("mystery.csv", "When,What,HowMany\n2026-06-01 10:00,Durian,2\n"),
            "{truncated}" => Support.FixtureImport.PathOf("truncated.xlsx"),
            "{folder}" => temp.Path,
            _ => a,
        }).ToArray();

        var vi = CliRun.Of([.. resolved, "--lang", "vi"]);
        var en = CliRun.Of([.. resolved, "--lang", "en"]);

        Assert.That(vi.ExitCode, Is.EqualTo(exitCode), vi.Error);
        Assert.That(en.ExitCode, Is.EqualTo(exitCode), en.Error);
        Assert.That(vi.Error, Does.StartWith("livepeak: ").And.Contain(vietnamese).And.Not.Contain(english));
        Assert.That(en.Error, Does.StartWith("livepeak: ").And.Contain(english).And.Not.Contain(vietnamese));
        Assert.That(vi.HasStackTrace || en.HasStackTrace, Is.False, vi.Error + en.Error);
    }

    [TestCase("vi", "Chạy 'livepeak --help' để xem cách dùng")]
    [TestCase("en", "Run 'livepeak --help' for usage.")]
    public void A_malformed_command_line_points_to_help_in_the_language(string lang, string pointer)
    {
        // System.CommandLine's own message says what is wrong (in English); the pointer to help is ours.
        var run = CliRun.Of("slots", "x.csv", "--top", "many", "--lang", lang);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain(pointer));
    }

    [Test]
    public void An_unknown_language_is_refused_in_the_default_language()
    {
        var run = CliRun.Of("slots", "x.csv", "--lang", "fr");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain("--lang 'fr' is not a language LivePeak writes (vi or en)"));
    }

    [Test]
    [SetUICulture("vi-VN")]
    public void An_unknown_language_on_a_Vietnamese_desktop_is_refused_in_Vietnamese()
    {
        var run = CliRun.Of("slots", "x.csv", "--lang", "fr");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain("--lang 'fr' không phải ngôn ngữ LivePeak hỗ trợ (vi hoặc en)"));
    }

    private static TestCaseData Case(string mistake, int exitCode, string vietnamese, string english, params string[] args) =>
        new TestCaseData(exitCode, vietnamese, english, args).SetArgDisplayNames(mistake);
}
