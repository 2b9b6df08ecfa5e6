using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Scale;
using NodaTime;

namespace LivePeak.Tests.Scale;

/// <summary>
/// The exposure arithmetic done by SQL at the edges the generated data rarely reaches, against the
/// embedded engine: a viewer share exactly half-way at the 12th decimal, LIVEs and orders at
/// sub-second times, a LIVE shorter than a second, one longer than a week, a huge audience, and
/// a LIVE across the spring-forward night of a zone with summer time (wall-clock minutes).
/// </summary>
[TestFixture]
public sealed class ExposureEdgeStoreTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static IEnumerable<TestCaseData> Edges()
    {
        // 8,192 s = 2^13 s: a share of v * seconds / 8192 has 13 decimals, and an odd v * seconds
        // ends in 5 there, so rounding half away from zero is tested, not just truncation.
        yield return Case("Viewers shared half-way at the 12th decimal round away from zero",
            Live("2026-06-01T10:00:01", Duration.FromSeconds(8192), 1), Live("2026-06-02T10:00:03", Duration.FromSeconds(8192), 3));
        yield return Case("Sub-second starts and ends: whole seconds per slot as the wall clock shows",
            Live("2026-06-03T10:00:00.7", Duration.FromMilliseconds(1_799_500), 77),
            Line("2026-06-03T11:00:00.1"), Line("2026-06-03T11:00:00.3"));
        yield return Case("A LIVE shorter than a second puts its viewers in its start slot",
            Live("2026-06-04T21:59:59.8", Duration.FromMilliseconds(400), 500));
        yield return Case("A LIVE longer than a week covers slots twice",
            Live("2026-06-05T20:00:00", Duration.FromDays(8) + Duration.FromMinutes(17), 1234));
        yield return Case("A huge audience on a long LIVE",
            Live("2026-06-06T08:00:00", Duration.FromHours(30) + Duration.FromSeconds(7), 9_000_000_000));
    }

    private static TestCaseData Case(string name, params object[] items) =>
        new TestCaseData(items.OfType<LiveSession>().ToList(), items.OfType<OrderLine>().ToList(), "Asia/Ho_Chi_Minh").SetName("Store exposure: " + name);

    [TestCaseSource(nameof(Edges))]
    public void Equal_to_the_embedded_engine_at_every_slot_length(List<LiveSession> sessions, List<OrderLine> lines, string zone) =>
        AssertSame(sessions, lines, zone);

    [Test]
    public void A_LIVE_across_the_spring_forward_night_counts_wall_clock_minutes()
    {
        // 2026-03-29 01:00 GMT becomes 02:00 BST: 00:30-03:30 on the wall is two real hours.
        var start = new LocalDateTime(2026, 3, 29, 0, 30).InZoneStrictly(London);
        var end = new LocalDateTime(2026, 3, 29, 3, 30).InZoneStrictly(London);
        var session = new LiveSession
        {
            Platform = Platform.Shopee, Shop = "UK", RoomId = "dst", Start = start, End = end, SourceKind = "test",
            Metrics = new LiveMetrics { Viewers = 999 },
        };
        var lines = new[] { 10, 40, 95, 150, 185 }
            .Select(m => new OrderLine(Platform.Shopee, "UK", $"O{m}", "L", "P", "Tea", 1, Money.FromDecimal(4.5m), start.PlusMinutes(m), OrderStatus.Completed, null))
            .ToList();

        AssertSame([session], lines, "Europe/London");
    }

    private static void AssertSame(List<LiveSession> sessions, List<OrderLine> lines, string zone)
    {
        using var store = ClickHouseStore.Connect(new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = ClickHouseServers.NewDatabase() });
        var settings = new StoreSettings(zone, Duration.FromMinutes(30), "default");
        var load = store.BeginLoad(settings);
        sessions.ForEach(load.AddSession);
        lines.ForEach(load.AddLine);
        load.Complete();
        foreach (var minutes in SlotLength.Allowed)
        {
            var options = new CubeOptions { SlotLength = new SlotLength(minutes), TimeZoneId = zone };
            var embedded = new CubeBuilder(options);
            sessions.ForEach(embedded.AddSession);
            lines.ForEach(embedded.AddLine);
            Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(options)), Is.Empty, $"{minutes}-minute slots");
            Assert.That(CubeComparison.Differences(embedded.Ledger, store.Sessions(options).Ledger), Is.Empty, $"{minutes}-minute slots");
        }
    }

    private static LiveSession Live(string start, Duration length, long viewers)
    {
        var begin = NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(start).GetValueOrThrow().InZoneStrictly(StoreWorld.Zone);
        return new LiveSession
        {
            Platform = Platform.TikTok, Shop = "default", RoomId = start, Start = begin, End = begin.Plus(length), SourceKind = "test",
            Metrics = new LiveMetrics { Viewers = viewers },
        };
    }

    private static OrderLine Line(string created) =>
        new(Platform.TikTok, "default", created, "L", "P", "Bưởi", 1, Money.FromDecimal(99_000),
            NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(created).GetValueOrThrow().InZoneStrictly(StoreWorld.Zone), OrderStatus.Completed, "LIVE");
}
