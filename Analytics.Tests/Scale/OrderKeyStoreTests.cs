using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Scale;
using LivePeak.Tests.Cli;
using NodaTime;

namespace LivePeak.Tests.Scale;

/// <summary>
/// The store tells orders apart as the embedded engine does: by platform, shop, order id and the
/// local day the order was created, since a POS log's invoice numbers start again (another month,
/// another till). The same id on two days is two orders in a slot, in a LIVE and in a product's
/// sales, and its lines are two lines, even when they come in separate loads.
/// </summary>
[TestFixture]
public sealed class OrderKeyStoreTests
{
    private const string Shop = "default";

    [Test]
    public void The_same_order_id_on_two_days_is_two_orders_in_the_cube_and_the_ledger()
    {
        // Planted: HD001 on two Mondays in the 10:00 hour; HD002 with lines either side of 11:00;
        // HD003 twice inside one LIVE that runs past midnight (23:50 on one day, 00:20 the next).
        var live = new LiveSession
        {
            Platform = Platform.Other, Shop = Shop, RoomId = "night", SourceKind = "test",
            Start = Local(2026, 6, 2, 23, 30), End = Local(2026, 6, 3, 0, 45),
            Metrics = new LiveMetrics { Viewers = 120 },
        };
        OrderLine[] lines =
        [
            Line("HD001", "CAM", Local(2026, 6, 1, 10, 15)),
            Line("HD001", "CAM", Local(2026, 6, 8, 10, 40)),
            Line("HD002", "CAM", Local(2026, 6, 1, 10, 55)),
            Line("HD002", "BUOI", Local(2026, 6, 1, 11, 5)),
            Line("HD003", "CAM", Local(2026, 6, 2, 23, 50)),
            Line("HD003", "CAM", Local(2026, 6, 3, 0, 20)),
        ];
        var options = new CubeOptions { SlotLength = new SlotLength(60), TimeZoneId = StoreWorld.ZoneId, DefaultShop = Shop };
        var embedded = new CubeBuilder(options);
        embedded.AddSession(live);
        lines.ToList().ForEach(embedded.AddLine);
        using var store = Connect();
        var load = store.BeginLoad(StoreWorld.Settings);
        load.AddSession(live);
        lines.ToList().ForEach(load.AddLine);
        load.Complete();

        var monday10 = new SlotLength(60).IndexOf(new LocalDateTime(2026, 6, 1, 10, 0));
        Assert.That(embedded.Cube.Stats(monday10).Orders, Is.EqualTo(3), "the planted ids: HD001 twice (two Mondays) and HD002");
        Assert.That(embedded.Cube.Stats(monday10 + 1).Orders, Is.EqualTo(1), "HD002 counts in its second slot too");
        Assert.That(embedded.Ledger.Results().Single().AttributedOrders, Is.EqualTo(2), "HD003 on two days inside one LIVE");

        var cube = store.Cube(options);
        Assert.That(cube.Stats(monday10).Orders, Is.EqualTo(3));
        Assert.That(CubeComparison.Differences(embedded.Cube, cube), Is.Empty);
        Assert.That(CubeComparison.Differences(embedded.Ledger, store.Sessions(options).Ledger), Is.Empty);
    }

    [Test]
    public void Monthly_POS_exports_reusing_invoice_numbers_keep_both_orders_when_loaded_one_by_one()
    {
        using var folder = new TempFolder();
        const string header = "order_id,created_at,shop,product_id,product_name,quantity,amount\n";
        folder.Write("june/pos-2026-06.csv", header + "HD001,2026-06-01 10:15:00,,CAM,Cam sành,1,45000\nHD002,2026-06-01 10:20:00,,CAM,Cam sành,2,90000\n");
        folder.Write("july/pos-2026-07.csv", header + "HD001,2026-07-06 10:40:00,,CAM,Cam sành,3,135000\nHD002,2026-07-06 11:20:00,,BUOI,Bưởi,1,60000\n");
        var database = ClickHouseServers.NewDatabase();
        var url = ClickHouseServers.Single.Url.ToString();
        foreach (var month in new[] { "june", "july" })
        {
            var load = CliRun.Of("load", "clickhouse", folder.File(month), "--url", url, "--database", database);
            Assert.That(load.ExitCode, Is.EqualTo(ExitCodes.Ok), load.Error);
        }

        var files = CliRun.Of("slots", folder.Path, "--json", "--slot-minutes", "60");
        var stored = CliRun.Of("slots", "--engine", "clickhouse", "--url", url, "--database", database, "--json", "--slot-minutes", "60");

        Assert.That(stored.ExitCode, Is.EqualTo(ExitCodes.Ok), stored.Error);
        Assert.That(files.Output, Does.Contain("\"orders\": 3"), "Monday 10:00 holds HD001 of June, HD002 of June and HD001 of July");
        Assert.That(Json.Section(stored.Output, "slots"), Is.EqualTo(Json.Section(files.Output, "slots")));
    }

    private static ClickHouseStore Connect() =>
        ClickHouseStore.Connect(new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = ClickHouseServers.NewDatabase() });

    private static ZonedDateTime Local(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(StoreWorld.Zone);

    private static OrderLine Line(string order, string product, ZonedDateTime created) =>
        new(Platform.Other, Shop, order, product, product, product, 1, Money.FromDecimal(50_000), created, OrderStatus.Completed, null);
}
