using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Scale;

namespace LivePeak.Tests.Scale;

/// <summary>
/// One real ClickHouse server: the cube and the session ledger computed by SQL over loaded
/// generated data equal, field by field, what the embedded engine builds from the same data, for
/// every slot length and filter, whatever order the exports are loaded in, and loading an export
/// again changes nothing.
/// </summary>
[TestFixture]
public sealed class SingleServerStoreTests
{
    private static ClickHouseStore Connect(string database) =>
        ClickHouseStore.Connect(new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = database });

    private static string NewDatabase() => ClickHouseServers.NewDatabase();

    [Test]
    public void Loaded_in_one_go_the_cube_equals_the_embedded_one_at_every_slot_length()
    {
        var world = StoreWorld.Create(seed: 11);
        using var store = Connect(NewDatabase());
        var report = StoreWorld.Load(store, world.Sessions, world.Lines);

        Assert.That(report.LinesStored, Is.EqualTo(world.Lines.Count));
        Assert.That(report.SessionsStored, Is.EqualTo(world.Sessions.Count));
        foreach (var minutes in SlotLength.Allowed)
        {
            var options = StoreWorld.Options(minutes);
            var embedded = world.Embedded(options);
            Assert.That(embedded.Cube.AllSlots().Sum(s => s.LiveOrders), Is.GreaterThan(50), "the world must attribute plenty of orders");
            Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(options)), Is.Empty, $"{minutes}-minute slots");
        }
    }

    [Test]
    public void Lines_loaded_before_their_LIVEs_are_attributed_again_and_a_reload_adds_nothing()
    {
        var world = StoreWorld.Create(seed: 12);
        var (first, second) = world.SplitByOrder();
        using var store = Connect(NewDatabase());

        StoreWorld.Load(store, [], first);
        var withLives = StoreWorld.Load(store, world.Sessions, second);
        var again = StoreWorld.Load(store, world.Sessions, second);

        Assert.That(withLives.LinesReattributed, Is.GreaterThan(0), "the first load's lines inside the LIVEs move to them");
        Assert.That(again.LinesReattributed, Is.Zero);
        Assert.That((again.LinesStored, again.SessionsStored), Is.EqualTo((world.Lines.Count, world.Sessions.Count)));
        var options = StoreWorld.Options(60);
        var embedded = world.Embedded(options);
        Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(options)), Is.Empty);
        var sessions = store.Sessions(options);
        Assert.That(CubeComparison.Differences(embedded.Ledger, sessions.Ledger), Is.Empty);
        Assert.That(sessions.LiveChannelLinesWithoutLive, Is.EqualTo(embedded.LiveChannelLinesWithoutLive));
    }

    public static IEnumerable<TestCaseData> Filters()
    {
        var world = StoreWorld.Create(seed: 13);
        var named = world.Lines.First(l => l.Platform == Platform.TikTok).Shop;
        yield return new TestCaseData(new HashSet<Platform> { Platform.TikTok }, Array.Empty<string>())
            .SetName("Filter: one platform (attribution never crosses platforms)");
        yield return new TestCaseData(new HashSet<Platform>(), new[] { named.ToUpperInvariant() })
            .SetName("Filter: one named shop, matched ignoring case (its own LIVEs only)");
        yield return new TestCaseData(new HashSet<Platform>(), new[] { StoreWorld.DefaultShop })
            .SetName("Filter: the default shop alone (its LIVEs only)");
        yield return new TestCaseData(new HashSet<Platform> { Platform.TikTok }, new[] { named, "no such shop" })
            .SetName("Filter: a platform and a shop together");
    }

    [TestCaseSource(nameof(Filters))]
    public void Filtered_cubes_and_ledgers_equal_the_embedded_ones(HashSet<Platform> platforms, string[] shops)
    {
        var world = StoreWorld.Create(seed: 13);
        using var store = Connect(NewDatabase());
        StoreWorld.Load(store, world.Sessions, world.Lines);

        var options = StoreWorld.Options(30) with
        {
            Platforms = platforms,
            Shops = new HashSet<string>(shops, StringComparer.OrdinalIgnoreCase),
        };
        var embedded = world.Embedded(options);
        Assert.That(embedded.Cube.Lines, Is.GreaterThan(0), "the filter keeps some lines");
        Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(options)), Is.Empty);
        var sessions = store.Sessions(options);
        Assert.That(CubeComparison.Differences(embedded.Ledger, sessions.Ledger), Is.Empty);
        Assert.That(sessions.LiveChannelLinesWithoutLive, Is.EqualTo(embedded.LiveChannelLinesWithoutLive));
    }
}
