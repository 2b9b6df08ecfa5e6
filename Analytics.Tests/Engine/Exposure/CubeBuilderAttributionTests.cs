using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;
using static LivePeak.Tests.Engine.Exposure.Live;

namespace LivePeak.Tests.Engine.Exposure;

/// <summary>Attribution as the engine applies it: LIVE vs off-LIVE in the cube, and the per-LIVE ledger.</summary>
[TestFixture]
public sealed class CubeBuilderAttributionTests
{
    // 2026-07-31 is a Friday; slot index of Friday hh:00 with hour slots is 4 * 24 + hh.
    private static SlotStats Friday(CubeBuilder builder, int hour) => builder.Cube.Stats(4 * 24 + hour);

    private static CubeBuilder Build(CubeOptions options, IEnumerable<LiveSession> sessions, IEnumerable<OrderLine> lines)
    {
        var builder = new CubeBuilder(options);
        foreach (var session in sessions)
        {
            builder.AddSession(session);
        }

        foreach (var line in lines)
        {
            builder.AddLine(line);
        }

        return builder;
    }

    [TestCase("2026-07-31 19:59:59", false, TestName = "Builder: one second before the start is off-LIVE")]
    [TestCase("2026-07-31 20:00:00", true, TestName = "Builder: exactly at the start is LIVE")]
    [TestCase("2026-07-31 21:30:00", true, TestName = "Builder: exactly at end + grace is LIVE")]
    [TestCase("2026-07-31 21:30:01", false, TestName = "Builder: one second after end + grace is off-LIVE")]
    public void Boundaries_decide_between_LIVE_and_off_LIVE_columns(string created, bool live)
    {
        var builder = Build(new CubeOptions(), [Session("A", "2026-07-31 20:00", "2026-07-31 21:00")], [Line(created, revenue: 120_000)]);

        var slot = builder.Cube.Stats(SlotLength.Hour.IndexOf(At(created).LocalDateTime));
        Assert.That((slot.LiveOrders, slot.LiveGmv, slot.OffLiveOrders, slot.OffLiveGmv),
            Is.EqualTo(live ? (1L, Vnd(120_000), 0L, Money.Zero) : (0L, Money.Zero, 1L, Vnd(120_000))));
        Assert.That(builder.Ledger.Results().Single().AttributedLines, Is.EqualTo(live ? 1 : 0));
    }

    [Test]
    public void Without_slot_tables_the_ledger_is_the_same_and_the_cube_and_product_table_stay_empty()
    {
        LiveSession[] sessions = [Session("A", "2026-07-31 20:00", "2026-07-31 21:00"), Session("B", "2026-07-31 22:00", "2026-07-31 23:00")];
        OrderLine[] lines =
        [
            Line("2026-07-31 20:10", "LIVE", order: "L1", revenue: 100_000),
            Line("2026-07-31 20:15", "LIVE", order: "L1", revenue: 40_000),
            Line("2026-07-31 21:45", null, order: "N1", revenue: 50_000),
            Line("2026-07-31 22:30", "LIVE", order: "L2", revenue: 70_000),
        ];

        var full = Build(new CubeOptions(), sessions, lines);
        var ledgerOnly = Build(new CubeOptions { SlotTables = false }, sessions, lines);

        Assert.That(ledgerOnly.Ledger.Results(), Is.EqualTo(full.Ledger.Results()));
        Assert.That(full.Cube.Lines, Is.EqualTo(4), "the full builder fills its cube");
        Assert.That((ledgerOnly.Cube.Lines, ledgerOnly.Cube.SessionCount, ledgerOnly.Products.Rows().Count()), Is.EqualTo((0L, 0L, 0)));
    }

    [Test]
    public void Lines_split_into_LIVE_and_off_LIVE_by_channel_platform_and_window()
    {
        var builder = Build(
            new CubeOptions(),
            [Session("A", "2026-07-31 20:00", "2026-07-31 21:00")],
            [
                Line("2026-07-31 20:10", "LIVE", order: "L1", revenue: 100_000),
                Line("2026-07-31 20:20", "Videos", order: "V1", revenue: 200_000),
                Line("2026-07-31 20:30", platform: Platform.Shopee, order: "S1", revenue: 30_000),
                Line("2026-07-31 20:40", "LIVE", order: "C1", revenue: 90_000, status: OrderStatus.Cancelled),
                Line("2026-07-31 21:20", null, order: "N1", revenue: 50_000),
                Line("2026-07-31 23:00", "LIVE", order: "L2", revenue: 70_000),
            ]);

        var eight = Friday(builder, 20);
        Assert.That((eight.LiveOrders, eight.LiveGmv), Is.EqualTo((1L, Vnd(100_000))), "L1 only; the cancelled C1 counts in neither");
        Assert.That((eight.OffLiveOrders, eight.OffLiveGmv), Is.EqualTo((2L, Vnd(230_000))), "the Videos sale and the Shopee sale");
        Assert.That((eight.Orders, eight.Gmv, eight.CancelledGmv), Is.EqualTo((3L, Vnd(330_000), Vnd(90_000))));
        var nine = Friday(builder, 21);
        Assert.That((nine.LiveOrders, nine.LiveGmv, nine.OffLiveOrders), Is.EqualTo((1L, Vnd(50_000), 0L)), "N1 is in the grace");
        var eleven = Friday(builder, 23);
        Assert.That((eleven.LiveOrders, eleven.OffLiveOrders, eleven.OffLiveGmv), Is.EqualTo((0L, 1L, Vnd(70_000))));
        Assert.That(builder.LiveChannelLinesWithoutLive, Is.EqualTo(1), "L2 says LIVE but no imported LIVE was on at 23:00");

        var a = builder.Ledger.Results().Single();
        Assert.That((a.AttributedLines, a.AttributedOrders, a.AttributedGmv), Is.EqualTo((3L, 2L, Vnd(150_000))),
            "L1, C1 and N1 are linked; the cancelled C1 adds neither an order nor GMV");
    }

    [Test]
    public void Overlapping_LIVEs_in_the_ledger_the_later_start_takes_the_line()
    {
        var builder = Build(
            new CubeOptions(),
            [Session("A", "2026-07-31 20:00", "2026-07-31 22:00"), Session("B", "2026-07-31 21:00", "2026-07-31 21:30")],
            [Line("2026-07-31 20:30", order: "1"), Line("2026-07-31 21:10", order: "2"), Line("2026-07-31 21:45", order: "3"), Line("2026-07-31 22:10", order: "4")]);

        Assert.That(builder.Ledger.Results().Select(r => (r.Session.RoomId, r.AttributedOrders)),
            Is.EqualTo(new[] { ("A", 2L), ("B", 2L) }), "A has 20:30 and 22:10; B has 21:10 and 21:45");
    }

    [TestCase(0, "2026-07-31 21:00:01", false, TestName = "Builder grace 0: a second after the end is off-LIVE")]
    [TestCase(0, "2026-07-31 21:00:00", true, TestName = "Builder grace 0: the end itself is LIVE")]
    [TestCase(45, "2026-07-31 21:45:00", true, TestName = "Builder grace 45: end + 45 minutes is LIVE")]
    public void The_grace_comes_from_the_options(int graceMinutes, string created, bool live)
    {
        var builder = Build(new CubeOptions { Grace = Duration.FromMinutes(graceMinutes) },
            [Session("A", "2026-07-31 20:00", "2026-07-31 21:00")], [Line(created)]);

        Assert.That(builder.Ledger.Results().Single().AttributedLines, Is.EqualTo(live ? 1 : 0));
    }

    [Test]
    public void Shops_and_platforms_follow_the_same_rules_through_the_builder()
    {
        var builder = Build(
            new CubeOptions(),
            [Session("S1-live", "2026-07-31 20:00", "2026-07-31 21:00", shop: "S1")],
            [
                Line("2026-07-31 20:10", shop: "S1", order: "1"),
                Line("2026-07-31 20:20", shop: "S2", order: "2"),
                Line("2026-07-31 20:30", shop: "default", order: "3"),
                Line("2026-07-31 20:40", shop: "S1", platform: Platform.Shopee, order: "4"),
            ]);

        Assert.That(builder.Ledger.Results().Single().AttributedOrders, Is.EqualTo(2), "orders 1 (same shop) and 3 (default shop)");
        Assert.That((Friday(builder, 20).LiveOrders, Friday(builder, 20).OffLiveOrders), Is.EqualTo((2L, 2L)));
    }

    [Test]
    public void LIVEs_must_all_arrive_before_the_first_order_line()
    {
        var builder = new CubeBuilder(new CubeOptions());
        builder.AddSession(Session("A", "2026-07-31 20:00", "2026-07-31 21:00"));
        builder.AddLine(Line("2026-07-31 20:10"));

        Assert.Throws<InvalidOperationException>(() => builder.AddSession(Session("B", "2026-07-31 22:00", "2026-07-31 23:00")));
    }
}
