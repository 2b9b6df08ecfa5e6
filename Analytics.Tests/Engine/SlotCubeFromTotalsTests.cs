using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Tests.Scale;

namespace LivePeak.Tests.Engine;

/// <summary>
/// Cubes and ledgers made from totals aggregated elsewhere (what a database returns): a cube
/// rebuilt from its own totals is the same cube, and partial cubes of different shops (disjoint
/// orders, as shards split by order are) rebuilt from totals merge, with each other or with a
/// cube built here, into exactly the one-pass cube.
/// </summary>
[TestFixture]
public sealed class SlotCubeFromTotalsTests
{
    [TestCase(15)]
    [TestCase(60)]
    [TestCase(120)]
    public void Partial_cubes_of_disjoint_shops_from_totals_merge_into_the_one_pass_cube(int minutes)
    {
        var world = StoreWorld.Create(seed: 41, weeks: 1);
        var options = StoreWorld.Options(minutes);
        var whole = world.Embedded(options);
        var shops = world.Lines.Select(l => l.Shop).Concat(world.Sessions.Select(s => s.Shop)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(shops, Has.Count.GreaterThan(2));

        // Each shop on its own, attributed against every LIVE that counts, as the store does at load time.
        var counted = whole.Ledger.Results().Select(r => r.Session).ToList();
        var attribution = new LiveAttribution(counted, options.Grace, options.DefaultShop);
        var merged = new SlotCube(options.SlotLength, options.TimeZoneId);
        var ledger = new SessionLedger();
        foreach (var (shop, i) in shops.Select((s, i) => (s, i)))
        {
            var partial = new SlotCube(options.SlotLength, options.TimeZoneId);
            var partialLedger = new SessionLedger();
            foreach (var session in counted.Where(s => s.Shop == shop))
            {
                partial.AddSession(session);
                partialLedger.AddSession(session);
            }

            foreach (var line in world.Lines.Where(l => l.Shop == shop))
            {
                var live = attribution.Attribute(line);
                partial.Add(line, live);
                if (live is not null)
                {
                    partialLedger.AddLine(line, live);
                }
            }

            // Every other shop goes through totals, the rest stays a cube of keys: both kinds merge.
            merged.Merge(i % 2 == 0 ? FromTotals(partial) : partial);
            ledger.Merge(i % 2 == 0 ? LedgerFromTotals(partialLedger) : partialLedger);
        }

        Assert.That(whole.Cube.AllSlots().Sum(s => s.LiveOrders), Is.GreaterThan(20));
        Assert.That(CubeComparison.Differences(whole.Cube, merged), Is.Empty);
        Assert.That(CubeComparison.Differences(whole.Ledger, ledger), Is.Empty);
        Assert.That(CubeComparison.Differences(whole.Cube, FromTotals(whole.Cube)), Is.Empty, "a cube from its own totals");
    }

    [Test]
    public void A_slot_index_outside_the_week_is_refused()
    {
        Assert.That(() => SlotCube.FromTotals(SlotLength.Hour, "UTC", [new SlotTotals(168)], 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static SlotCube FromTotals(SlotCube cube) =>
        SlotCube.FromTotals(cube.Length, cube.TimeZoneId, Enumerable.Range(0, cube.Length.SlotsPerWeek).Select(i =>
        {
            var s = cube.Stats(i);
            return new SlotTotals(i)
            {
                Orders = s.Orders, Items = s.Items, Gmv = s.Gmv, CancelledGmv = s.CancelledGmv, FirstDate = s.FirstDate, LastDate = s.LastDate,
                Sessions = s.Sessions, LiveSeconds = (long)decimal.Round(s.LiveMinutes * 60), Viewers = s.Viewers,
                LiveOrders = s.LiveOrders, LiveGmv = s.LiveGmv, OffLiveOrders = s.OffLiveOrders, OffLiveGmv = s.OffLiveGmv,
                Lines = i == 0 ? cube.Lines : 0,
            };
        }), cube.SessionCount);

    private static SessionLedger LedgerFromTotals(SessionLedger ledger)
    {
        var copy = new SessionLedger();
        foreach (var r in ledger.Results())
        {
            copy.AddTotals(r.Session, r.AttributedOrders, r.AttributedGmv, r.AttributedLines);
        }

        return copy;
    }
}
