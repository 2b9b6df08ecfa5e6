namespace LivePeak.Analytics.Scale;

/// <summary>
/// The store's three tables, in SQL that Debian's ClickHouse 18.16 and current releases both
/// accept: <c>ReplacingMergeTree(version)</c> with <c>PARTITION BY</c>/<c>ORDER BY</c> clauses,
/// plain types (String, Int64, UInt*, Date, Nullable), and Distributed tables over a
/// <c>remote_servers</c> cluster.
/// <list type="bullet">
/// <item>Order lines are keyed (ORDER BY, so deduplicated by ReplacingMergeTree and <c>FINAL</c>)
/// on what local import deduplicates on: platform, shop, order id, line id, created instant and
/// occurrence (so an invoice number a POS log reuses on another day is another line). They
/// are partitioned by the month of their local date. Queries filter by platform and shop, the
/// key's first columns.</item>
/// <item>LIVE sessions are keyed on <c>LiveSession.Key</c>, partitioned by the month they start.</item>
/// <item>Settings hold what the stored attribution depends on (zone, grace, default shop).</item>
/// </list>
/// Money is Int64 ten-thousandths and quantities Int64 millionths, so sums stay exact. Times are
/// stored as integers (nanoseconds since 1970 of the instant, and of the shop's wall clock read as
/// if it were UTC) plus the local date and minute of day: no DateTime column exists whose meaning
/// would depend on the server's time zone.
/// On a cluster, each table is <c>NAME_local</c> on every server plus a Distributed table
/// <c>NAME</c> sharded by a hash of the rows' key, so a row and its later copies land on the same
/// shard and <c>FINAL</c> there still deduplicates; lines are sharded by order, so one order's
/// lines are counted on one shard.
/// </summary>
public sealed class StoreSchema(string database, string? cluster)
{
    /// <summary>Bumped whenever a column changes; a store of another version is refused.</summary>
    public const string Version = "2";

    public const string Lines = "order_lines";
    public const string Sessions = "live_sessions";
    public const string Settings = "settings";

    public string Database { get; } = SqlText.Identifier(database, "--database");

    public string? Cluster { get; } = cluster is null ? null : SqlText.Identifier(cluster, "--cluster");

    public const string LineColumns =
        "platform String, shop String, order_id String, line_id String, occurrence UInt32, " +
        "product_id String, product_name String, quantity_micros Int64, revenue Int64, " +
        "created_ns Int64, created_date Date, created_minute UInt16, status UInt8, channel Nullable(String), " +
        "live_channel UInt8, live_key String, own_live_key String, version UInt64";

    public const string SessionColumns =
        "key String, platform String, shop String, host Nullable(String), room_id Nullable(String), title Nullable(String), " +
        "source_kind String, from_trend UInt8, has_duration UInt8, start_ns Int64, end_ns Int64, " +
        "start_local_ns Int64, end_local_ns Int64, start_date Date, " +
        "gmv Nullable(Int64), orders Nullable(Int64), items Nullable(Int64), viewers Nullable(Int64), views Nullable(Int64), " +
        "peak_viewers Nullable(Int64), average_viewers Nullable(String), average_viewing_ns Nullable(Int64), " +
        "product_impressions Nullable(Int64), product_clicks Nullable(Int64), ctr Nullable(String), ctor Nullable(String), " +
        "comments Nullable(Int64), likes Nullable(Int64), shares Nullable(Int64), new_followers Nullable(Int64), " +
        "in_cube UInt8, in_cube_own UInt8, version UInt64";

    public const string SettingColumns = "name String, value String, version UInt64";

    private static readonly (string Name, string Columns, string Storage, string ShardBy)[] Tables =
    [
        (Lines, LineColumns, "PARTITION BY toYYYYMM(created_date) ORDER BY (platform, shop, order_id, line_id, created_ns, occurrence)", "cityHash64(platform, shop, order_id)"),
        (Sessions, SessionColumns, "PARTITION BY toYYYYMM(start_date) ORDER BY (platform, shop, key)", "cityHash64(key)"),
        (Settings, SettingColumns, "ORDER BY name", "cityHash64(name)"),
    ];

    /// <summary>The table queries read and inserts write: the Distributed one on a cluster.</summary>
    public string Table(string name) => $"`{Database}`.`{name}`";

    public string CreateDatabase() => $"CREATE DATABASE IF NOT EXISTS `{Database}`";

    /// <summary>What every server holding data runs: the MergeTree tables.</summary>
    public IEnumerable<string> CreateStorageTables() =>
        Tables.Select(t => $"CREATE TABLE IF NOT EXISTS `{Database}`.`{StorageName(t.Name)}` ({t.Columns}) ENGINE = ReplacingMergeTree(version) {t.Storage}");

    /// <summary>What the server queries go to runs on a cluster: Distributed tables over the shards.</summary>
    public IEnumerable<string> CreateDistributedTables() => Cluster is null
        ? []
        : Tables.Select(t =>
            $"CREATE TABLE IF NOT EXISTS `{Database}`.`{t.Name}` ({t.Columns}) " +
            $"ENGINE = Distributed(`{Cluster}`, `{Database}`, `{StorageName(t.Name)}`, {t.ShardBy})");

    private string StorageName(string name) => Cluster is null ? name : name + "_local";
}
