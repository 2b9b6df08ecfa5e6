using System.Globalization;
using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Products;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The scale-out stage's entry point: order lines and LIVE sessions kept in ClickHouse (one server,
/// or a cluster of shards behind Distributed tables), loaded with <see cref="BeginLoad"/> and
/// aggregated by SQL into the same partial <see cref="SlotCube"/> and <see cref="SessionLedger"/>
/// the embedded engine builds, so everything above the cube is unchanged.
/// <code>
/// using var store = ClickHouseStore.Connect(new ClickHouseOptions { Url = new("http://localhost:8123") });
/// var load = store.BeginLoad(settings);   // sessions, then lines, then Complete()
/// var cube = store.Cube(cubeOptions);     // == new CubeBuilder(cubeOptions) fed the same inputs
/// </code>
/// </summary>
public sealed class ClickHouseStore : IDisposable
{
    private ClickHouseStore(ClickHouseOptions options, ClickHouseClient client, string version)
    {
        Options = options;
        Client = client;
        ServerVersion = version;
        Schema = new StoreSchema(options.Database, options.Cluster);
    }

    public ClickHouseOptions Options { get; }

    /// <summary>The server's version, e.g. <c>18.16.1</c>.</summary>
    public string ServerVersion { get; }

    internal ClickHouseClient Client { get; }

    internal StoreSchema Schema { get; }

    /// <summary>Connects and checks the server's version (a clear error when unreachable or too old).</summary>
    public static ClickHouseStore Connect(ClickHouseOptions options)
    {
        SqlText.Identifier(options.Database, "--database");
        if (options.Cluster is { } cluster)
        {
            SqlText.Identifier(cluster, "--cluster");
        }

        if (options.BatchRows < 1)
        {
            throw new UserInputException("the batch size must be at least one row", ExitCodes.BadOption);
        }

        var client = new ClickHouseClient(options);
        try
        {
            return new ClickHouseStore(options, client, client.CheckVersion());
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The store's settings, or null when the database holds no LivePeak store.</summary>
    public StoreSettings? ReadSettings()
    {
        var exists = Client.Query(
            $"SELECT count() FROM system.tables WHERE database = {SqlText.Literal(Schema.Database)} AND name = {SqlText.Literal(StoreSchema.Settings)}");
        if (exists.Trim() == "0")
        {
            return null;
        }

        var pairs = Pairs();
        if (pairs.Count == 0)
        {
            return null;
        }

        if (!pairs.TryGetValue("schema", out var schema) || schema != StoreSchema.Version)
        {
            throw new StoreException(
                $"database {Schema.Database} at {Client.Server} holds a LivePeak store of another version (schema {schema ?? "?"}, this LivePeak writes {StoreSchema.Version}); load into another --database",
                ExitCodes.StoreMismatch);
        }

        return StoreSettings.FromPairs(pairs)
               ?? throw new StoreException($"database {Schema.Database} at {Client.Server} holds incomplete LivePeak settings", ExitCodes.StoreMismatch);
    }

    /// <summary>The settings of a store that must exist (for queries).</summary>
    public StoreSettings RequireSettings() =>
        ReadSettings() ?? throw new StoreException(
            $"no LivePeak store in database {Schema.Database} at {Client.Server}; load exports first with 'livepeak load clickhouse'",
            ExitCodes.NoData);

    /// <summary>
    /// Creates the database and tables where missing (on every server of the cluster), saves the
    /// settings of a new store or checks them against an existing one, and starts a load.
    /// </summary>
    public StoreLoad BeginLoad(StoreSettings settings)
    {
        CreateTables();
        var stored = ReadSettings();
        if (stored is null)
        {
            WriteSettings([("schema", StoreSchema.Version), .. settings.ToPairs()], 1);
        }
        else
        {
            stored.Require(settings, $"the store in database {Schema.Database} at {Client.Server}");
        }

        // Each load's rows carry a version above every earlier load's, so the newest copy of a row
        // is the one FINAL keeps even if clocks disagree between the machines that loaded.
        var last = Pairs().TryGetValue("last_version", out var text) ? ulong.Parse(text, CultureInfo.InvariantCulture) : 0;
        var version = Math.Max((ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), last + 1);
        WriteSettings([("last_version", version.ToString(CultureInfo.InvariantCulture))], version);
        return new StoreLoad(this, settings, version, ReadSessions(inCubeColumn: null, where: "1"));
    }

    /// <summary>Order lines and LIVE sessions in the store, each counted once.</summary>
    public (long Lines, long Sessions) Counts()
    {
        var lines = Client.Query($"SELECT count() FROM {Schema.Table(StoreSchema.Lines)} FINAL");
        var sessions = Client.Query($"SELECT count() FROM {Schema.Table(StoreSchema.Sessions)} FINAL");
        return (long.Parse(lines.Trim(), CultureInfo.InvariantCulture), long.Parse(sessions.Trim(), CultureInfo.InvariantCulture));
    }

    /// <summary>The cube of the stored data, computed by SQL; equal to the embedded engine's.</summary>
    public SlotCube Cube(CubeOptions options) => new StoreQuery(this, RequireSettings(), options).Cube();

    /// <summary>Per-LIVE totals of the stored data, computed by SQL; equal to the embedded engine's ledger.</summary>
    public StoreSessions Sessions(CubeOptions options) => new StoreQuery(this, RequireSettings(), options).Sessions();

    /// <summary>
    /// The product sales a product mix is fitted on, computed by SQL; equal to
    /// <see cref="Models.Products.ProductSales.From"/> over the lines the embedded engine keeps: those of
    /// <paramref name="shop"/> and the default shop (every shop when null) on <paramref name="platform"/>
    /// (every platform when null), only those sold during LIVEs where there are any (LiveOnly says which).
    /// </summary>
    public (ProductSales Sales, bool LiveOnly) ProductSales(CubeOptions options, BasketKind basket, string? shop = null, Platform? platform = null) =>
        new StoreProductSales(new StoreQuery(this, RequireSettings(), options)).Read(basket, shop, platform);

    /// <summary>
    /// The evidence the report and charts draw, for all shops and each shop, computed by SQL; equal
    /// to an <see cref="Engine.Evidence.EvidenceBuilder"/> fed the same LIVEs and lines (the store
    /// holds no LIVE detail exports, so it has no per-LIVE product results or trends).
    /// </summary>
    public Engine.Evidence.EvidenceBuilder Evidence(CubeOptions options) => new StoreEvidence(new StoreQuery(this, RequireSettings(), options)).Read();

    /// <summary>The platforms the filtered store holds order lines of.</summary>
    public IReadOnlySet<Platform> PlatformsWithOrders(CubeOptions options)
    {
        var query = new StoreQuery(this, RequireSettings(), options);
        return query.Query($"SELECT DISTINCT platform FROM {query.LinesTable} WHERE {query.Where} FORMAT TabSeparated")
            .Select(v => PlatformNames.TryParse(v[0]!, out var p) ? p : throw new StoreException($"the store holds lines of an unknown platform '{v[0]}'", ExitCodes.StoreMismatch))
            .ToHashSet();
    }

    internal IReadOnlyList<SessionRow> ReadSessions(string? inCubeColumn, string where)
    {
        var zone = RequireSettings().Zone;
        var filter = inCubeColumn is null ? where : $"{inCubeColumn} = 1 AND ({where})";
        var sql = $"SELECT {SessionRow.ReadColumns} FROM {Schema.Table(StoreSchema.Sessions)} FINAL WHERE {filter} FORMAT TabSeparated";
        return TsvText.Rows(Client.Query(sql)).Select(v => SessionRow.Read(v, zone)).ToList();
    }

    internal void InsertRows(string table, string columns, StringBuilder rows)
    {
        var sql = $"INSERT INTO {Schema.Table(table)} ({columns}) FORMAT TabSeparated";
        Client.Insert(sql, new UTF8Encoding(false).GetBytes(rows.ToString()));
    }

    private Dictionary<string, string> Pairs()
    {
        var sql = $"SELECT name, value FROM {Schema.Table(StoreSchema.Settings)} FINAL FORMAT TabSeparated";
        return TsvText.Rows(Client.Query(sql)).ToDictionary(v => v[0]!, v => v[1]!, StringComparer.Ordinal);
    }

    private void WriteSettings(IEnumerable<(string Name, string Value)> pairs, ulong version)
    {
        var rows = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            rows.Append(TsvText.Escape(name)).Append('\t').Append(TsvText.Escape(value)).Append('\t')
                .Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        InsertRows(StoreSchema.Settings, "name, value, version", rows);
    }

    private void CreateTables()
    {
        if (Schema.Cluster is null)
        {
            Run(Client, [Schema.CreateDatabase(), .. Schema.CreateStorageTables()]);
            return;
        }

        // Every server gets the Distributed tables as well as the local ones, so any of them (and
        // --url, even when it holds no data) can answer queries for the whole cluster.
        var servers = ShardUrls();
        foreach (var url in servers)
        {
            using var shard = new ClickHouseClient(Options, url);
            shard.CheckVersion();
            Run(shard, [Schema.CreateDatabase(), .. Schema.CreateStorageTables(), .. Schema.CreateDistributedTables()]);
        }

        if (!servers.Any(u => ClickHouseClient.Display(u) == Client.Server))
        {
            Run(Client, [Schema.CreateDatabase(), .. Schema.CreateDistributedTables()]);
        }
    }

    /// <summary>
    /// Every server of the cluster, as an HTTP address: the given <see cref="ClickHouseOptions.ShardUrls"/>,
    /// or each host the cluster lists on <see cref="ClickHouseOptions.Url"/>'s port. All get the same
    /// tables, so only the set matters, not which address is which shard.
    /// </summary>
    private IReadOnlyList<Uri> ShardUrls()
    {
        var sql = $"SELECT host_name, is_local FROM system.clusters WHERE cluster = {SqlText.Literal(Schema.Cluster!)} ORDER BY shard_num, replica_num FORMAT TabSeparated";
        var hosts = TsvText.Rows(Client.Query(sql)).ToList();
        if (hosts.Count == 0)
        {
            throw new StoreException($"ClickHouse at {Client.Server} has no cluster '{Schema.Cluster}' in its remote_servers", ExitCodes.StoreRefused);
        }

        if (Options.ShardUrls.Count > 0)
        {
            if (Options.ShardUrls.Count != hosts.Count)
            {
                throw new UserInputException(
                    $"cluster {Schema.Cluster} has {hosts.Count} servers but {Options.ShardUrls.Count} --shard-url were given; give one per server",
                    ExitCodes.BadOption);
            }

            return Options.ShardUrls;
        }

        var derived = hosts.Select(h => h[1] == "1"
            ? Options.Url
            : new UriBuilder(Options.Url) { Host = h[0]!, Path = "/" }.Uri).ToList();
        if (derived.Select(ClickHouseClient.Display).Distinct(StringComparer.Ordinal).Count() < derived.Count)
        {
            // Several servers on one host differ only in ports the cluster lists for its native
            // protocol; their HTTP ports cannot be guessed.
            throw new UserInputException(
                $"cluster {Schema.Cluster} has several servers on one host; give each one's HTTP address with --shard-url",
                ExitCodes.BadOption);
        }

        return derived;
    }

    private static void Run(ClickHouseClient client, IEnumerable<string> statements)
    {
        foreach (var statement in statements)
        {
            client.Query(statement);
        }
    }

    public void Dispose() => Client.Dispose();
}
