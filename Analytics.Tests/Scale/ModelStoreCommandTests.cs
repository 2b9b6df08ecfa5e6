using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Scale;

/// <summary>
/// <c>recommend</c>, <c>products</c>, <c>evaluate</c>, <c>chart</c> and <c>report</c> end to end against real servers: generated
/// exports with their LIVE lists loaded with <c>livepeak load clickhouse</c> (into one server, and
/// through a two-shard cluster), then each command with <c>--engine clickhouse</c> prints (or draws)
/// exactly what it prints for the files themselves.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ModelStoreCommandTests
{
    private const string Shop = "Nông sản Tây Bắc";
    private static readonly GenerateOptions TikTok = new() { Format = ExportFormat.TikTok, Shops = 1, Weeks = 3, OrdersPerDay = 30, Seed = 51 };
    private static readonly GenerateOptions Shopee = new() { Format = ExportFormat.Shopee, Shops = 1, Weeks = 3, OrdersPerDay = 20, Seed = 52 };
    private TempFolder? _folder;
    private string? _single;
    private string? _cluster;

    private string Folder => _folder!.Path;

    [OneTimeSetUp]
    public void LoadExports()
    {
        _folder = new TempFolder();
        ExportGenerator.Write(TikTok, Path.Combine(_folder.Path, "tiktok"));
        ExportGenerator.Write(Shopee, Path.Combine(_folder.Path, "shopee"));

        _single = ClickHouseServers.NewDatabase();
        var load = CliRun.Of("load", "clickhouse", Folder, "--url", ClickHouseServers.Single.Url.ToString(), "--database", _single, "--shop-name", Shop);
        Assert.That(load.ExitCode, Is.EqualTo(ExitCodes.Ok), load.Error);

        var servers = ClickHouseServers.Cluster;
        _cluster = ClickHouseServers.NewDatabase();
        var args = new List<string> { "load", "clickhouse", Folder, "--url", servers[0].Url.ToString(), "--database", _cluster, "--shop-name", Shop, "--cluster", ClickHouseServers.ClusterName };
        foreach (var server in servers)
        {
            args.AddRange(["--shard-url", server.Url.ToString()]);
        }

        var clustered = CliRun.Of([.. args]);
        Assert.That(clustered.ExitCode, Is.EqualTo(ExitCodes.Ok), clustered.Error);
    }

    [OneTimeTearDown]
    public void DeleteExports() => _folder?.Dispose();

    public static IEnumerable<TestCaseData> Runs()
    {
        var cases = new (string Why, string[] Args)[]
        {
            ("recommend for the shop with the most LIVEs", ["recommend", "--json"]),
            ("recommend for a shop named in capitals, with experiments and a shorter window", ["recommend", "--json", "--for", "{shop}", "--explore", "--window", "60", "--top", "5"]),
            ("recommend on one platform only", ["recommend", "--json", "--platform", "shopee"]),
            ("products of the week, order baskets", ["products", "--json", "--min-support", "0.002"]),
            ("products of a window, LIVE baskets", ["products", "--json", "--basket", "live", "--window", "Sat 19:00-23:00", "--min-support", "0.05"]),
            ("products of one shop named in capitals", ["products", "--json", "--shop", "{shop}", "--top", "20"]),
        };
        foreach (var cluster in new[] { false, true })
        {
            foreach (var (why, args) in cases)
            {
                yield return new TestCaseData(cluster, args).SetName($"Store CLI ({(cluster ? "two shards" : "one server")}): {why}");
            }
        }
    }

    [TestCaseSource(nameof(Runs))]
    public void A_model_command_prints_from_the_store_what_it_prints_from_the_files(bool cluster, string[] args)
    {
        var command = args.Select(a => a.Replace("{shop}", Shop.ToUpperInvariant(), StringComparison.Ordinal)).ToArray();

        var files = CliRun.Of([command[0], Folder, "--shop-name", Shop, .. command[1..]]);
        var store = CliRun.Of([.. command, .. Store(cluster)]);

        Assert.That(files.ExitCode, Is.EqualTo(ExitCodes.Ok), files.Error);
        Assert.That(store.ExitCode, Is.EqualTo(ExitCodes.Ok), store.Error);
        Assert.That(store.Output, Is.EqualTo(files.Output));
        Assert.That(files.Output, Does.Contain("\"gmv").And.Contain("\"name\""), "the output holds products to compare");
    }

    [TestCase(false, new[] { "--train-weeks", "2", "--test-weeks", "1" }, TestName = "Store CLI (one server): evaluate backtests the store's LIVEs as it does the files'")]
    [TestCase(true, new[] { "--train-weeks", "1", "--test-weeks", "1", "--window", "180" }, TestName = "Store CLI (two shards): evaluate with two folds and a longer window")]
    [TestCase(false, new[] { "--train-weeks", "2", "--test-weeks", "1", "--platform", "shopee" }, TestName = "Store CLI (one server): evaluate on one platform only")]
    public void Evaluate_from_the_store_prints_what_it_prints_from_the_files(bool cluster, string[] args)
    {
        var files = CliRun.Of(["evaluate", Folder, "--shop-name", Shop, "--json", .. args]);
        var store = CliRun.Of(["evaluate", "--json", .. args, .. Store(cluster)]);

        Assert.That(files.ExitCode, Is.EqualTo(ExitCodes.Ok), files.Error);
        Assert.That(store.ExitCode, Is.EqualTo(ExitCodes.Ok), store.Error);
        Assert.That(store.Output, Is.EqualTo(files.Output));
        Assert.That(files.Output, Does.Contain("\"folds\"").And.Contain("\"method\""), "the backtest has folds and methods to compare");
    }

    [Test]
    public void Evaluate_tables_from_the_store_name_the_store_instead_of_files()
    {
        var run = CliRun.Of(["evaluate", "--train-weeks", "2", "--test-weeks", "1", "--lang", "en", .. Store(false)]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain($"Read from ClickHouse ").And.Contain($"database {_single}."));
    }

    public static IEnumerable<TestCaseData> Charts()
    {
        var cases = new (string Why, string[] Args)[]
        {
            ("the GMV heatmap", ["heatmap"]),
            ("the heatmap of GMV per LIVE hour, in Vietnamese", ["heatmap", "--metric", "gmvperlivehour", "--lang", "vi"]),
            ("an average day of orders with the best windows", ["hours", "--metric", "orders"]),
            ("the best windows with their evidence", ["windows"]),
            ("the products of the best windows", ["products"]),
            ("every LIVE in turn (no detail export either way)", ["sessions"]),
        };
        foreach (var cluster in new[] { false, true })
        {
            foreach (var (why, args) in cases)
            {
                yield return new TestCaseData(cluster, args).SetName($"Store CLI ({(cluster ? "two shards" : "one server")}): chart of {why}");
            }
        }
    }

    [TestCaseSource(nameof(Charts))]
    public void A_chart_drawn_from_the_store_is_the_same_SVG_as_from_the_files(bool cluster, string[] args)
    {
        var name = $"{string.Join("-", args).Replace("--", string.Empty, StringComparison.Ordinal)}-{(cluster ? "cluster" : "single")}";
        var fromFiles = Path.Combine(Folder, $"files-{name}.svg");
        var fromStore = Path.Combine(Folder, $"store-{name}.svg");

        string[] language = args.Contains("--lang") ? [] : ["--lang", "en"];
        var files = CliRun.Of(["chart", .. args, .. language, Folder, "--shop-name", Shop, "--out", fromFiles]);
        var store = CliRun.Of(["chart", .. args, .. language, "--out", fromStore, .. Store(cluster)]);

        Assert.That(files.ExitCode, Is.EqualTo(ExitCodes.Ok), files.Error);
        Assert.That(store.ExitCode, Is.EqualTo(ExitCodes.Ok), store.Error);
        Assert.That(File.ReadAllText(fromFiles), Does.Contain("<svg").And.Contain("<rect"), "a chart was drawn");
        Assert.That(File.ReadAllBytes(fromStore), Is.EqualTo(File.ReadAllBytes(fromFiles)));
    }

    [TestCase(false, TestName = "Store CLI (one server): the report is written from the store")]
    [TestCase(true, TestName = "Store CLI (two shards): the report is written from the store")]
    public void The_report_is_written_from_the_store(bool cluster)
    {
        var path = Path.Combine(Folder, cluster ? "report-cluster.html" : "report.html");
        var run = CliRun.Of(["report", "--out", path, "--lang", "en", .. Store(cluster)]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var html = File.ReadAllText(path);
        Assert.That(html, Does.Contain("<html").And.Contain("</html>"));
        Assert.That(html, Does.Contain("Tây Bắc").Or.Contain("T&#226;y Bắc"), "the shop is named");
    }

    [TestCase(Language.English, "Computed by SQL in ClickHouse ", "Rows stored", TestName = "Store CLI: the report's data section names the store, its tables and rows (English)")]
    [TestCase(Language.Vietnamese, "Tính bằng SQL trong ClickHouse ", "Số dòng đã lưu", TestName = "Store CLI: the report's data section names the store, its tables and rows (Vietnamese)")]
    public void The_reports_data_section_names_the_store_and_never_a_password(Language language, string source, string column)
    {
        var path = Path.Combine(Folder, $"coverage-{language.Code()}.html");
        var server = ClickHouseServers.Single;
        var run = CliRun.Of("report", "--out", path, "--lang", language.Code(), "--engine", "clickhouse", "--url", server.Url.ToString(), "--database", _single!,
            "--user", ClickHouseServer.SecretUser, "--password", ClickHouseServer.SecretPassword);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var html = File.ReadAllText(path);
        var coverage = Render.Report.HtmlReportTests.Section(html, "coverage");
        var numbers = Words.For(language).Numbers;
        var lines = ExportGenerator.Lines(TikTok).Count + ExportGenerator.Lines(Shopee).Count;
        var sessions = ExportGenerator.Sessions(TikTok).Count + ExportGenerator.Sessions(Shopee).Count;
        Assert.That(coverage, Does.Contain(source).And.Contain($"http://127.0.0.1:{server.HttpPort}").And.Contain(_single));
        Assert.That(coverage, Does.Contain(column).And.Contain(">order_lines<").And.Contain(">live_sessions<"));
        Assert.That(coverage, Does.Contain($">{numbers.Integer(lines)}<").And.Contain($">{numbers.Integer(sessions)}<"), "each table's rows, counted once");
        Assert.That(html, Does.Not.Contain(ClickHouseServer.SecretPassword).And.Not.Contain(ClickHouseServer.SecretUser));
    }

    [Test]
    public void An_anonymised_report_from_a_store_leaves_out_the_server_and_database()
    {
        var path = Path.Combine(Folder, "coverage-anonymous.html");
        var run = CliRun.Of(["report", "--out", path, "--lang", "en", "--anonymize", .. Store(false)]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var html = File.ReadAllText(path);
        Assert.That(html, Does.Contain("Computed by SQL in ClickHouse ").And.Contain(">order_lines<"));
        Assert.That(html, Does.Not.Contain($"127.0.0.1:{ClickHouseServers.Single.HttpPort}").And.Not.Contain(_single!));
    }

    [Test]
    public void Model_commands_with_a_store_refuse_input_files()
    {
        var run = CliRun.Of(["products", Folder, .. Store(false)]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption), run.Error);
        Assert.That(run.HasStackTrace, Is.False, run.Error);
    }

    private string[] Store(bool cluster) => cluster
        ? ["--engine", "clickhouse", "--url", ClickHouseServers.Cluster[1].Url.ToString(), "--database", _cluster!]
        : ["--engine", "clickhouse", "--url", ClickHouseServers.Single.Url.ToString(), "--database", _single!];
}
