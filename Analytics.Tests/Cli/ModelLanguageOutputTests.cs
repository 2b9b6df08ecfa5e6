using System.Text.RegularExpressions;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Generate;

namespace LivePeak.Tests.Cli;

/// <summary>
/// The model commands (<c>recommend</c>, <c>products</c>, <c>evaluate</c>) write for people in the
/// language of <c>--lang</c>: titles, headers, notes, and numbers as that language writes them
/// (1.234.567 and 19,6% / 1,234,567 and 19.6%). Their JSON does not change with it.
/// </summary>
[NonParallelizable]
public sealed partial class ModelLanguageOutputTests
{
    private static string Samples => DataSamples.RepositoryFolder();

    private static string PosMap => Path.Combine(Samples, "generic", "pos.map");

    private static string[] Recommend => ["recommend", Samples, "--map", PosMap, "--culture", "vi-VN", "--explore"];

    private static string[] Products => ["products", Samples, "--map", PosMap, "--culture", "vi-VN", "--window", "Sat 20:00-22:00", "--top", "3"];

    private static string[] Evaluate => ["evaluate", Samples, "--map", PosMap, "--culture", "vi-VN", "--train-weeks", "2", "--test-weeks", "1"];

    [TestCase("vi",
        new[] { "Khung giờ LIVE tốt nhất: ", "Khung giờ", "Doanh thu / giờ LIVE", "Khoảng 80%", "Bằng chứng", "So với trung bình", "Nên bán",
            "Nên thử: ", "Có thể đạt", "Thường được mua cùng nhau", "Khi khách mua", "Độ tin cậy", "giờ LIVE, trung bình ",
            "Các khung 120 phút trong", "mạnh = từ 6 buổi LIVE và chắc 95%", "Sản phẩm: " },
        new[] { "Best windows", "Window", "Evidence", "Lead with", "Experiments", "Bought together", "confidence", "live hours", "Products:", "strong =" })]
    [TestCase("en",
        new[] { "Best windows to go LIVE: ", "Window", "GMV / live hour", "80% range", "Evidence", "vs your average", "Lead with",
            "Experiments: ", "could reach", "Bought together", "If a buyer takes", "confidence", "live hours, on average ",
            "Windows of 120 minutes within", "strong = 6+ LIVEs and 95% sure", "Products: " },
        new[] { "Khung giờ", "Doanh thu", "Bằng chứng", "Nên bán", "Thường được mua", "buổi LIVE" })]
    public void Recommend_follows_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of([.. Recommend, "--lang", lang]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        LanguageOutputTests.AssertContains(run.Output, expected, absent);
        AssertDays(run.Output, lang);
        // Money in the windows table is short (23,9k / 23.9k): its decimal mark follows the language too.
        AssertOneNotOther(run.Output, lang, CompactComma(), CompactPoint());
        AssertOneNotOther(run.Output, lang, LanguageOutputTests.DotGrouped(), LanguageOutputTests.CommaGrouped());
    }

    [TestCase("vi",
        new[] { "Sản phẩm bán trong LIVE, T7 20:00-22:00", "Sản phẩm", "Doanh thu", "Tỷ trọng", "Tỷ trọng thường", "Độ nâng",
            "như thể có thêm 20 đơn", "Thường được mua cùng nhau", "họ mua thêm", "Số giỏ" },
        new[] { "Products sold", "Product ", "Usual share", "Lift", "Bought together", "baskets", "Sat 20:00" })]
    [TestCase("en",
        new[] { "Products sold during LIVEs Sat 20:00-22:00", "Product", "GMV", "Orders", "Usual share", "Lift",
            "as if it had 20 more", "Bought together", "they also take", "baskets" },
        new[] { "Sản phẩm", "Tỷ trọng", "Độ nâng", "Thường được mua", "T7 20:00" })]
    public void Products_follows_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of([.. Products, "--lang", lang]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        LanguageOutputTests.AssertContains(run.Output, expected, absent);
        // Product GMV runs to millions (the inputs table never does here): 2.475.000 / 2,475,000.
        AssertOneNotOther(run.Output, lang, DotGroupedMillions(), CommaGroupedMillions());
        AssertOneNotOther(run.Output, lang, PercentComma(), PercentPoint());
        AssertOneNotOther(run.Output, lang, TwoDecimalsComma(), TwoDecimalsPoint());
    }

    [TestCase("vi",
        new[] { "Các lượt kiểm tra", "Học trên", "Chấm trên", "Buổi LIVE để học", "Shop được xếp hạng", " đến ",
            "Mỗi cách xếp hạng lẽ ra", "Cách xếp hạng", "NDCG@3", "Doanh thu / giờ LIVE, top 3", "So với khung trung bình", "Độ phủ của khoảng",
            "mô hình", "trung bình theo khung", "quy tắc 10-12 / 20-22", "khung quen thuộc",
            "Khoảng 80% của mô hình chứa đúng", "Mỗi cách xếp hạng các khung giờ mà shop thực sự đã LIVE" },
        new[] { "Folds", "Fitted on", "How each method", "per-slot mean", "habitual slots", "range coverage", "later LIVEs", " to 20" })]
    [TestCase("en",
        new[] { "Folds", "Fitted on", "Scored on", "LIVEs fitted", "Shops ranked", " to ",
            "How each method would have done", "Method", "NDCG@3", "GMV / live hour, top 3", "vs average window", "range coverage",
            "model", "per-slot mean", "10-12 / 20-22 rule", "habitual slots",
            "Its 80% ranges held", "Each method ranks the windows the shop really went LIVE in" },
        new[] { "Các lượt", "Học trên", "Cách xếp hạng", "mô hình", "khung quen thuộc", "buổi LIVE", " đến " })]
    public void Evaluate_follows_the_language(string lang, string[] expected, string[] absent)
    {
        var run = CliRun.Of([.. Evaluate, "--lang", lang]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        LanguageOutputTests.AssertContains(run.Output, expected, absent);
        // Fold dates as the language writes them: 03/06/2024 / 3 Jun 2024.
        Assert.That(Regex.IsMatch(run.Output, lang == "vi" ? @"\d\d/\d\d/20\d\d đến \d\d/\d\d/20\d\d" : @"\d{1,2} [A-Z][a-z]{2} 20\d\d to \d{1,2} [A-Z][a-z]{2} 20\d\d"),
            Is.True, run.Output);
        Assert.That(run.Output, Does.Not.Match(@"20\d\d-\d\d-\d\d (to|đến) "), "folds are not dated in ISO for people (file names may be)");
        // NDCG and Spearman have three decimals (0,420 / 0.420), which also rules out telling groupings apart here.
        AssertOneNotOther(run.Output, lang, ThreeDecimalsComma(), ThreeDecimalsPoint());
        AssertOneNotOther(run.Output, lang, PercentComma(), PercentPoint());
    }

    public static IEnumerable<TestCaseData> JsonCommands()
    {
        yield return AsJson(Recommend, "recommend");
        yield return AsJson(Products, "products");
        yield return AsJson(Evaluate, "evaluate");
    }

    private static TestCaseData AsJson(string[] command, string name) =>
        new TestCaseData((object)(string[])[.. command, "--json"]).SetArgDisplayNames(name);

    [TestCaseSource(nameof(JsonCommands))]
    public void Json_is_byte_identical_in_every_language(string[] command)
    {
        var vi = CliRun.Of([.. command, "--lang", "vi"]);
        var en = CliRun.Of([.. command, "--lang", "en"]);

        Assert.That(vi.ExitCode, Is.EqualTo(ExitCodes.Ok), vi.Error);
        Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Ok), en.Error);
        Assert.That(vi.Output, Does.StartWith("{"));
        Assert.That(System.Text.Encoding.UTF8.GetBytes(vi.Output), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(en.Output)));
        Assert.That(vi.Output, Does.Not.Contain("Doanh thu").And.Not.Contain("mô hình").And.Not.Contain("buổi LIVE"),
            "no word of the language leaks into JSON");
    }

    [TestCase("recommend")]
    [TestCase("products")]
    [TestCase("evaluate")]
    public void The_model_commands_take_the_option(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("--lang"));
    }

    /// <summary>
    /// Windows are named with the language's days: T6 20:00-22:00 / Fri 20:00-22:00. The hours one can
    /// go LIVE ("Mon-Sun 06:00-24:00") are quoted as --available takes them, so they do not count.
    /// </summary>
    private static void AssertDays(string output, string lang)
    {
        var (ours, theirs) = lang == "vi" ? (@"\b(T[2-7]|CN) \d\d:\d\d-\d\d:\d\d", @"(?<![-,])\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d")
            : (@"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d-\d\d:\d\d", @"\b(T[2-7]|CN) \d\d:\d\d");
        Assert.That(Regex.IsMatch(output, ours), Is.True, output);
        Assert.That(Regex.IsMatch(output, theirs), Is.False, output);
    }

    /// <summary>The language's format is there and the other language's is not.</summary>
    private static void AssertOneNotOther(string output, string lang, Regex vietnamese, Regex english)
    {
        var (ours, theirs) = lang == "vi" ? (vietnamese, english) : (english, vietnamese);
        Assert.That(ours.IsMatch(output), Is.True, $"{ours} in\n{output}");
        Assert.That(theirs.IsMatch(output), Is.False, $"{theirs} in\n{output}");
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}\.\d{3}\.\d{3}(?![\d.,])")]
    private static partial Regex DotGroupedMillions();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3},\d{3},\d{3}(?![\d.,])")]
    private static partial Regex CommaGroupedMillions();

    [GeneratedRegex(@"(?<![\d.,])\d+,\d+(k| tr| tỷ)")]
    private static partial Regex CompactComma();

    [GeneratedRegex(@"(?<![\d.,])\d+\.\d+[kMB]")]
    private static partial Regex CompactPoint();

    [GeneratedRegex(@"(?<![\d.,])\d+,\d%")]
    private static partial Regex PercentComma();

    [GeneratedRegex(@"(?<![\d.,])\d+\.\d%")]
    private static partial Regex PercentPoint();

    [GeneratedRegex(@"(?<![\d.,])\d,\d\d(?![\d.,%])")]
    private static partial Regex TwoDecimalsComma();

    [GeneratedRegex(@"(?<![\d.,])\d\.\d\d(?![\d.,%])")]
    private static partial Regex TwoDecimalsPoint();

    [GeneratedRegex(@"(?<![\d.,])0,\d{3}(?![\d.,])")]
    private static partial Regex ThreeDecimalsComma();

    [GeneratedRegex(@"(?<![\d.,])0\.\d{3}(?![\d.,])")]
    private static partial Regex ThreeDecimalsPoint();
}
