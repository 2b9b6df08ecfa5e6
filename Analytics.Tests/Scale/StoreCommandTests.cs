using System.Globalization;
using System.Text;
using System.Text.Json;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Scale;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Scale;

/// <summary>
/// The commands end to end against a real server: <c>livepeak load clickhouse</c> on generated
/// exports and a LIVE list, then <c>slots</c> and <c>sessions</c> with <c>--engine clickhouse</c>
/// print what they print for the files themselves; credentials come from the environment and are
/// never printed; a store loaded with other rules is refused.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StoreCommandTests
{
    private const string Shop = "Nông sản Tây Bắc";
    private TempFolder? _folder;

    private string Folder => _folder!.Path;

    [OneTimeSetUp]
    public void WriteExports()
    {
        _folder = new TempFolder();
        ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.TikTok, Shops = 1, Weeks = 2, OrdersPerDay = 30, Seed = 31 }, Path.Combine(_folder.Path, "orders"));
        _folder.Write("lives/tiktok-live-list.csv", LiveList(new Random(31)));
    }

    [OneTimeTearDown]
    public void DeleteExports() => _folder?.Dispose();

    private static string Url => ClickHouseServers.Single.Url.ToString();

    [Test]
    public void Slots_and_sessions_from_the_store_print_what_they_print_from_the_files()
    {
        var database = ClickHouseServers.NewDatabase();
        var load = CliRun.Of("load", "clickhouse", Folder, "--url", Url, "--database", database, "--shop-name", Shop, "--json", "--batch-rows", "500");
        Assert.That(load.ExitCode, Is.EqualTo(ExitCodes.Ok), load.Error);
        using var loaded = JsonDocument.Parse(load.Output);
        var stored = loaded.RootElement.GetProperty("stored");
        Assert.That(stored.GetProperty("sessions").GetInt64(), Is.GreaterThan(10));

        foreach (var minutes in new[] { "15", "60" })
        {
            var files = CliRun.Of("slots", Folder, "--shop-name", Shop, "--json", "--slot-minutes", minutes);
            var store = CliRun.Of("slots", "--engine", "clickhouse", "--url", Url, "--database", database, "--json", "--slot-minutes", minutes);
            Assert.That(store.ExitCode, Is.EqualTo(ExitCodes.Ok), store.Error);
            Assert.That(Json.Section(store.Output, "slots"), Is.EqualTo(Json.Section(files.Output, "slots")), $"{minutes}-minute slots");
            Assert.That(Json.Section(files.Output, "slots"), Does.Contain("\"liveOrders\": 1").Or.Contain("\"liveOrders\": 2"), "LIVEs attribute orders");
        }

        var fileSessions = CliRun.Of("sessions", Folder, "--shop-name", Shop, "--json", "--sort", "gmv");
        var storeSessions = CliRun.Of("sessions", "--engine", "clickhouse", "--url", Url, "--database", database, "--json", "--sort", "gmv");
        Assert.That(storeSessions.ExitCode, Is.EqualTo(ExitCodes.Ok), storeSessions.Error);
        Assert.That(Json.Section(storeSessions.Output, "sessions"), Is.EqualTo(Json.Section(fileSessions.Output, "sessions")));

        var table = CliRun.Of("slots", "--engine", "clickhouse", "--url", Url, "--database", database, "--metric", "gmvperlivehour");
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Ok), table.Error);
        Assert.That(table.Output, Does.Contain($"Read from ClickHouse {ClickHouseServerVersion()} at http://127.0.0.1:{ClickHouseServers.Single.HttpPort}, database {database}."));

        var again = CliRun.Of("load", "clickhouse", Folder, "--url", Url, "--database", database, "--shop-name", Shop, "--json");
        using var reloaded = JsonDocument.Parse(again.Output);
        Assert.That(reloaded.RootElement.GetProperty("stored").ToString(), Is.EqualTo(stored.ToString()), "loading the same exports again adds nothing");
    }

    [Test]
    public void Credentials_come_from_the_environment_and_are_never_printed()
    {
        var database = ClickHouseServers.NewDatabase();
        var orders = Path.Combine(Folder, "orders");
        try
        {
            Environment.SetEnvironmentVariable(ClickHouseOptions.UserVariable, ClickHouseServer.SecretUser);
            Environment.SetEnvironmentVariable(ClickHouseOptions.PasswordVariable, ClickHouseServer.SecretPassword);
            var load = CliRun.Of("load", "clickhouse", orders, "--url", Url, "--database", database);
            Assert.That(load.ExitCode, Is.EqualTo(ExitCodes.Ok), load.Error);
            Assert.That(load.Output + load.Error, Does.Not.Contain(ClickHouseServer.SecretPassword));

            Environment.SetEnvironmentVariable(ClickHouseOptions.PasswordVariable, "wrong-" + ClickHouseServer.SecretPassword);
            var refused = CliRun.Of("slots", "--engine", "clickhouse", "--url", Url, "--database", database);
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.StoreRefused));
            Assert.That(refused.Error, Does.Contain("refused the user").And.Contain(ClickHouseOptions.PasswordVariable));
            Assert.That(refused.Output + refused.Error, Does.Not.Contain(ClickHouseServer.SecretPassword));
            Assert.That(refused.HasStackTrace, Is.False, refused.Error);

            var given = CliRun.Of("slots", "--engine", "clickhouse", "--url", Url, "--database", database, "--password", "typed-" + ClickHouseServer.SecretPassword);
            Assert.That(given.ExitCode, Is.EqualTo(ExitCodes.StoreRefused), "--password wins over the environment");
            Assert.That(given.Output + given.Error, Does.Not.Contain(ClickHouseServer.SecretPassword));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ClickHouseOptions.UserVariable, null);
            Environment.SetEnvironmentVariable(ClickHouseOptions.PasswordVariable, null);
        }
    }

    [TestCase("--grace", "10", "--grace 30 (not 10)", TestName = "Store refused: another grace than it was loaded with")]
    [TestCase("--tz", "Europe/London", "--tz Asia/Ho_Chi_Minh (not Europe/London)", TestName = "Store refused: another zone than it was loaded with")]
    [TestCase("--shop-name", "other", "--shop-name 'default' (not 'other')", TestName = "Store refused: another default shop than it was loaded with")]
    public void A_store_loaded_with_other_rules_is_refused_for_loads_and_queries(string option, string value, string message)
    {
        var database = ClickHouseServers.NewDatabase();
        var orders = Path.Combine(Folder, "orders");
        Assert.That(CliRun.Of("load", "clickhouse", orders, "--url", Url, "--database", database).ExitCode, Is.EqualTo(ExitCodes.Ok));

        var query = CliRun.Of("slots", "--engine", "clickhouse", "--url", Url, "--database", database, option, value);
        var load = CliRun.Of("load", "clickhouse", orders, "--url", Url, "--database", database, option, value);

        Assert.That((query.ExitCode, load.ExitCode), Is.EqualTo((ExitCodes.StoreMismatch, ExitCodes.StoreMismatch)));
        Assert.That(query.Error, Does.Contain(message));
        Assert.That(load.Error, Does.Contain(message));
    }

    [Test]
    public void A_database_with_no_store_is_no_data()
    {
        var run = CliRun.Of("sessions", "--engine", "clickhouse", "--url", Url, "--database", ClickHouseServers.NewDatabase());

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(run.Error, Does.Contain("no LivePeak store").And.Contain("livepeak load clickhouse"));
    }

    [Test]
    public void Loading_through_a_cluster_with_one_address_per_server_fills_both()
    {
        var servers = ClickHouseServers.Cluster;
        var database = ClickHouseServers.NewDatabase();
        var args = new List<string> { "load", "clickhouse", Folder, "--url", servers[0].Url.ToString(), "--database", database, "--shop-name", Shop, "--cluster", ClickHouseServers.ClusterName };
        foreach (var server in servers)
        {
            args.AddRange(["--shard-url", server.Url.ToString()]);
        }

        var load = CliRun.Of([.. args]);
        Assert.That(load.ExitCode, Is.EqualTo(ExitCodes.Ok), load.Error);
        Assert.That(load.Output, Does.Contain($"cluster {ClickHouseServers.ClusterName}"));
        var files = CliRun.Of("slots", Folder, "--shop-name", Shop, "--json", "--slot-minutes", "30");
        var store = CliRun.Of("slots", "--engine", "clickhouse", "--url", servers[1].Url.ToString(), "--database", database, "--json", "--slot-minutes", "30");
        Assert.That(store.ExitCode, Is.EqualTo(ExitCodes.Ok), store.Error + "\n(queries through the second server need its Distributed tables too)");
        Assert.That(Json.Section(store.Output, "slots"), Is.EqualTo(Json.Section(files.Output, "slots")));
    }

    [Test]
    public void A_cluster_of_servers_on_one_host_needs_their_HTTP_addresses()
    {
        var servers = ClickHouseServers.Cluster;
        var run = CliRun.Of("load", "clickhouse", Folder, "--url", servers[0].Url.ToString(), "--database", ClickHouseServers.NewDatabase(),
            "--cluster", ClickHouseServers.ClusterName);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption), run.Error);
        Assert.That(run.Error, Does.Contain("give each one's HTTP address with --shard-url"));
    }

    [Test]
    public void An_unknown_cluster_is_named()
    {
        var run = CliRun.Of("load", "clickhouse", Folder, "--url", Url, "--database", ClickHouseServers.NewDatabase(), "--cluster", "no_such_cluster");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.StoreRefused), run.Error);
        Assert.That(run.Error, Does.Contain("has no cluster 'no_such_cluster' in its remote_servers"));
    }

    private static string ClickHouseServerVersion()
    {
        using var client = new ClickHouseClient(new ClickHouseOptions { Url = ClickHouseServers.Single.Url });
        return client.CheckVersion();
    }

    /// <summary>A TikTok LIVE list (older English layout) with LIVEs around the generator's peaks.</summary>
    private static string LiveList(Random random)
    {
        var csv = new StringBuilder("Nickname,Launched Time,Duration,Revenue (₫),Viewers,PCU\n");
        var day = new NodaTime.LocalDate(2026, 6, 1);
        for (var i = 0; i < 14; i++, day = day.PlusDays(1))
        {
            foreach (var hour in new[] { 10, 20 })
            {
                var start = day.At(new NodaTime.LocalTime(hour, random.Next(0, 50), random.Next(0, 60)));
                var minutes = 30 + random.Next(150);
                csv.Append(CultureInfo.InvariantCulture, $"Nông sản Tây Bắc,{start:yyyy-MM-dd HH:mm:ss},{minutes / 60}h {minutes % 60}min,")
                    .Append(CultureInfo.InvariantCulture, $"{random.Next(1, 90) * 100_000},{random.Next(100, 20_000)},{random.Next(10, 900)}\n");
            }
        }

        return csv.ToString();
    }
}
