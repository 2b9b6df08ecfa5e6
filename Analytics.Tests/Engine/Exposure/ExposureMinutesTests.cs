using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;
using NodaTime.Text;
using static LivePeak.Tests.Engine.Exposure.Live;

namespace LivePeak.Tests.Engine.Exposure;

/// <summary>
/// A LIVE's exposure in the cube: one session in the slot it starts in, its minutes in every slot
/// it overlaps by the wall clock, and its viewers shared out over those slots by minutes.
/// </summary>
[TestFixture]
public sealed class ExposureMinutesTests
{
    private static SlotCube CubeOf(int slotMinutes, params LiveSession[] sessions)
    {
        var cube = new SlotCube(new SlotLength(slotMinutes), ZoneId);
        foreach (var session in sessions)
        {
            cube.AddSession(session);
        }

        return cube;
    }

    private static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).GetValueOrThrow();

    /// <summary>"20:00 20, 21:00 60": slot start and minutes, all on one day of the week.</summary>
    private static Dictionary<(IsoDayOfWeek, LocalTime), decimal> Expected(IsoDayOfWeek day, string spec) =>
        spec.Split(',', StringSplitOptions.TrimEntries).Select(part => part.Split(' ')).ToDictionary(
            p => (day, Time(p[0])), p => decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<(IsoDayOfWeek, LocalTime), decimal> Minutes(SlotCube cube) =>
        cube.AllSlots().Where(s => s.LiveMinutes != 0).ToDictionary(s => (s.Slot.Day, s.Slot.Start), s => s.LiveMinutes);

    // Wednesday 2026-07-29, 20:40 to 23:10: 150 minutes.
    [TestCase(60, "20:00", "20:00 20, 21:00 60, 22:00 60, 23:00 10", TestName = "20:40-23:10 in hour slots is 20, 60, 60, 10 minutes")]
    [TestCase(15, "20:30", "20:30 5, 20:45 15, 21:00 15, 21:15 15, 21:30 15, 21:45 15, 22:00 15, 22:15 15, 22:30 15, 22:45 15, 23:00 10",
        TestName = "20:40-23:10 in 15-minute slots is 5, nine times 15, then 10 minutes")]
    [TestCase(30, "20:30", "20:30 20, 21:00 30, 21:30 30, 22:00 30, 22:30 30, 23:00 10", TestName = "20:40-23:10 in 30-minute slots is 20, four times 30, then 10 minutes")]
    [TestCase(120, "20:00", "20:00 80, 22:00 70", TestName = "20:40-23:10 in 2-hour slots is 80 and 70 minutes")]
    public void A_LIVE_spanning_several_slots_puts_its_minutes_in_each(int slotMinutes, string sessionSlot, string minutes)
    {
        var cube = CubeOf(slotMinutes, Session("A", "2026-07-29 20:40", "2026-07-29 23:10"));

        Assert.That(Minutes(cube), Is.EquivalentTo(Expected(IsoDayOfWeek.Wednesday, minutes)));
        Assert.That(cube.AllSlots().Where(s => s.Sessions != 0).Select(s => (s.Slot.Day, s.Slot.Start, s.Sessions)),
            Is.EqualTo(new[] { (IsoDayOfWeek.Wednesday, Time(sessionSlot), 1L) }),
            "the session counts once, in the slot it starts in");
        Assert.That(cube.SessionCount, Is.EqualTo(1));
    }

    [Test]
    public void A_LIVE_from_Sunday_night_into_Monday_wraps_to_the_first_slot_of_the_week()
    {
        // 2026-08-02 is a Sunday.
        var cube = CubeOf(60, Session("W", "2026-08-02 23:30", "2026-08-03 00:45", viewers: 750));

        Assert.That(Minutes(cube), Is.EquivalentTo(new Dictionary<(IsoDayOfWeek, LocalTime), decimal>
        {
            [(IsoDayOfWeek.Sunday, new LocalTime(23, 0))] = 30,
            [(IsoDayOfWeek.Monday, new LocalTime(0, 0))] = 45,
        }));
        var sunday = cube.Stats(7 * 24 - 1);
        var monday = cube.Stats(0);
        Assert.That((sunday.Sessions, monday.Sessions), Is.EqualTo((1L, 0L)));
        Assert.That((sunday.Viewers, monday.Viewers), Is.EqualTo((300m, 450m)), "750 viewers over 75 minutes: 30 and 45 minutes' worth");
    }

    [Test]
    public void A_LIVE_crossing_midnight_on_a_weekday_splits_between_the_two_days()
    {
        var cube = CubeOf(30, Session("M", "2026-07-31 23:45", "2026-08-01 00:20"));

        Assert.That(Minutes(cube), Is.EquivalentTo(new Dictionary<(IsoDayOfWeek, LocalTime), decimal>
        {
            [(IsoDayOfWeek.Friday, new LocalTime(23, 30))] = 15,
            [(IsoDayOfWeek.Saturday, new LocalTime(0, 0))] = 20,
        }));
    }

    [Test]
    public void Seconds_count_as_fractions_of_a_minute()
    {
        // Creator-Live-Performance starts at 10:59:09; with 3h01m it ends at 14:00:09.
        var cube = CubeOf(60, Session("R", "2026-07-01 10:59:09", "2026-07-01 14:00:09"));

        Assert.That(Minutes(cube), Is.EquivalentTo(new Dictionary<(IsoDayOfWeek, LocalTime), decimal>
        {
            [(IsoDayOfWeek.Wednesday, new LocalTime(10, 0))] = 51m / 60m,
            [(IsoDayOfWeek.Wednesday, new LocalTime(11, 0))] = 60,
            [(IsoDayOfWeek.Wednesday, new LocalTime(12, 0))] = 60,
            [(IsoDayOfWeek.Wednesday, new LocalTime(13, 0))] = 60,
            [(IsoDayOfWeek.Wednesday, new LocalTime(14, 0))] = 9m / 60m,
        }));
    }

    [Test]
    public void A_LIVE_with_no_duration_has_no_minutes_and_gives_its_viewers_to_its_start_slot()
    {
        var cube = CubeOf(60, Session("N", "2026-07-29 20:40", end: null, viewers: 1200));

        var slot = cube.Stats(2 * 24 + 20);
        Assert.That((slot.Sessions, slot.LiveMinutes, slot.Viewers), Is.EqualTo((1L, 0m, 1200m)));
        Assert.That(cube.AllSlots().Sum(s => s.LiveMinutes), Is.EqualTo(0m));
        Assert.That(cube.AllSlots().Sum(s => s.Viewers), Is.EqualTo(1200m));
        Assert.That((slot.GmvPerLiveHour, slot.OrdersPerLiveHour), Is.EqualTo(((decimal?)null, (decimal?)null)), "no LIVE minutes, no hourly rate");
    }

    [Test]
    public void Viewers_are_shared_out_in_proportion_to_minutes()
    {
        var cube = CubeOf(60, Session("A", "2026-07-29 20:40", "2026-07-29 23:10", viewers: 1500));

        Assert.That(cube.AllSlots().Where(s => s.Viewers != 0).Select(s => (s.Slot.Start.Hour, s.Viewers)),
            Is.EqualTo(new[] { (20, 200m), (21, 600m), (22, 600m), (23, 100m) }), "1500 x 20/150, 60/150, 60/150, 10/150");
    }

    [Test]
    public void Partial_cubes_merge_to_exactly_the_one_pass_cube_viewer_shares_included()
    {
        var sessions = new[]
        {
            Session("A", "2026-07-29 20:40", "2026-07-29 23:10", viewers: 1000),
            Session("B", "2026-07-29 21:07", "2026-07-29 22:53", viewers: 777),
            Session("C", "2026-07-29 20:59", "2026-07-29 21:31", viewers: 13),
            Session("D", "2026-07-29 21:13", "2026-07-29 22:02", viewers: 9),
        };
        var onePass = CubeOf(60, sessions);

        var merged = new SlotCube(SlotLength.Hour, ZoneId);
        foreach (var session in sessions.Reverse())
        {
            merged.Merge(CubeOf(60, session));
        }

        Assert.That(merged.AllSlots(), Is.EqualTo(onePass.AllSlots()), "thirds and sevenths of viewers, summed in another order");
        Assert.That(onePass.Stats(2 * 24 + 20).Viewers, Is.EqualTo(133.333333333333m + 0.40625m), "A's 20 of 150 minutes, C's 1 of 32, each kept to 12 decimals");
    }

    [Test]
    public void A_LIVE_with_no_viewer_figure_adds_minutes_but_no_viewers()
    {
        var cube = CubeOf(60, Session("A", "2026-07-29 20:40", "2026-07-29 23:10", viewers: null));

        Assert.That(cube.AllSlots().Sum(s => s.LiveMinutes), Is.EqualTo(150m));
        Assert.That(cube.AllSlots().All(s => s.Viewers == 0 && s.OrdersPerThousandViewers is null), Is.True);
    }

    [Test]
    public void Rates_per_slot_follow_from_LIVE_GMV_orders_minutes_and_viewers()
    {
        var builder = new CubeBuilder(new CubeOptions());
        builder.AddSession(Session("A", "2026-07-29 20:40", "2026-07-29 23:10", viewers: 1500));
        foreach (var line in new[]
                 {
                     Line("2026-07-29 20:50", order: "O1", revenue: 100_000),
                     Line("2026-07-29 21:05", order: "O2", revenue: 150_000),
                     Line("2026-07-29 21:10", order: "O3", quantity: 2, revenue: 100_000),
                     Line("2026-07-29 21:20", order: "O4", revenue: 50_000),
                     Line("2026-07-29 21:25", order: "O5", revenue: 500_000, status: OrderStatus.Cancelled),
                     Line("2026-07-29 21:30", order: "O6", quantity: 0, revenue: 10_000),
                     Line("2026-07-29 23:35", order: "O8", revenue: 40_000),
                     Line("2026-07-29 23:50", order: "O7", revenue: 80_000),
                 })
        {
            builder.AddLine(line);
        }

        SlotStats Wednesday(int hour) => builder.Cube.Stats(2 * 24 + hour);

        var eight = Wednesday(20); // 20 LIVE minutes, 200 viewers, O1
        Assert.That((eight.LiveMinutes, eight.Viewers, eight.LiveGmv, eight.LiveOrders), Is.EqualTo((20m, 200m, Vnd(100_000), 1L)));
        Assert.That((eight.GmvPerLiveHour, eight.OrdersPerLiveHour, eight.OrdersPerThousandViewers), Is.EqualTo(((decimal?)300_000m, (decimal?)3m, (decimal?)5m)),
            "100,000 in 20 minutes is 300,000 an hour; 1 order in 20 minutes is 3 an hour; 1 order per 200 viewers is 5 per 1000");

        var nine = Wednesday(21); // 60 minutes, 600 viewers: O2, O3, O4 are orders; O5 cancelled; O6 has no quantity
        Assert.That((nine.LiveGmv, nine.LiveOrders, nine.CancelledGmv, nine.Items), Is.EqualTo((Vnd(310_000), 3L, Vnd(500_000), 4m)),
            "the zero-quantity line adds GMV but is no order; the cancelled line adds neither");
        Assert.That((nine.GmvPerLiveHour, nine.OrdersPerLiveHour, nine.OrdersPerThousandViewers), Is.EqualTo(((decimal?)310_000m, (decimal?)3m, (decimal?)5m)));

        var eleven = Wednesday(23); // 10 minutes, 100 viewers; O8 in the grace (to 23:40), O7 after it
        Assert.That((eleven.LiveGmv, eleven.LiveOrders, eleven.OffLiveGmv, eleven.OffLiveOrders), Is.EqualTo((Vnd(40_000), 1L, Vnd(80_000), 1L)));
        Assert.That((eleven.GmvPerLiveHour, eleven.OrdersPerLiveHour, eleven.OrdersPerThousandViewers), Is.EqualTo(((decimal?)240_000m, (decimal?)6m, (decimal?)10m)));

        var morning = Wednesday(10);
        Assert.That((morning.GmvPerLiveHour, morning.OrdersPerLiveHour, morning.OrdersPerThousandViewers),
            Is.EqualTo(((decimal?)null, (decimal?)null, (decimal?)null)), "no LIVE minutes and no viewers: every rate is absent, not 0");
    }
}
