using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Scale;

namespace LivePeak.Tests.Scale;

/// <summary>
/// Two real ClickHouse servers joined by a <c>remote_servers</c> cluster: the store creates local
/// tables on both and Distributed tables over them, rows spread over both shards, and the cube
/// and ledger read through the Distributed tables still equal the embedded engine's exactly.
/// </summary>
[TestFixture]
public sealed class TwoShardStoreTests
{
    private static ClickHouseOptions Options(string database)
    {
        var servers = ClickHouseServers.Cluster;
        return new ClickHouseOptions
        {
            Url = servers[0].Url,
            Database = database,
            Cluster = ClickHouseServers.ClusterName,
            ShardUrls = servers.Select(s => s.Url).ToList(),
            BatchRows = 700, // several INSERTs per load
        };
    }

    [Test]
    public void Through_the_Distributed_tables_the_cube_and_ledger_equal_the_embedded_ones()
    {
        var world = StoreWorld.Create(seed: 21);
        var (first, second) = world.SplitByOrder();
        var options = Options(ClickHouseServers.NewDatabase());
        using var store = ClickHouseStore.Connect(options);

        StoreWorld.Load(store, [], first);
        var report = StoreWorld.Load(store, world.Sessions, second);

        Assert.That(report.LinesReattributed, Is.GreaterThan(0));
        Assert.That((report.LinesStored, report.SessionsStored), Is.EqualTo((world.Lines.Count, world.Sessions.Count)));
        foreach (var minutes in SlotLength.Allowed)
        {
            var cubeOptions = StoreWorld.Options(minutes);
            var embedded = world.Embedded(cubeOptions);
            Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(cubeOptions)), Is.Empty, $"{minutes}-minute slots");
            if (minutes == 60)
            {
                Assert.That(CubeComparison.Differences(embedded.Ledger, store.Sessions(cubeOptions).Ledger), Is.Empty);
            }
        }
    }

    [Test]
    public void Rows_are_spread_over_both_shards_and_a_reload_adds_nothing()
    {
        var world = StoreWorld.Create(seed: 22, weeks: 1);
        var options = Options(ClickHouseServers.NewDatabase());
        using var store = ClickHouseStore.Connect(options);

        StoreWorld.Load(store, world.Sessions, world.Lines);
        var again = StoreWorld.Load(store, world.Sessions, world.Lines);

        Assert.That((again.LinesStored, again.SessionsStored), Is.EqualTo((world.Lines.Count, world.Sessions.Count)));
        var perShard = ClickHouseServers.Cluster.Select(server =>
        {
            using var client = new ClickHouseClient(options, server.Url);
            var text = client.Query($"SELECT count() FROM `{options.Database}`.`order_lines_local` FINAL");
            return long.Parse(text.Trim(), CultureInfo.InvariantCulture);
        }).ToList();
        Assert.That(perShard, Has.All.GreaterThan(world.Lines.Count / 5), "each shard holds a good part of the lines");
        Assert.That(perShard.Sum(), Is.EqualTo(world.Lines.Count), "each line on exactly one shard, once");
        var embedded = world.Embedded(StoreWorld.Options(15));
        Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(StoreWorld.Options(15))), Is.Empty);
    }
}
