using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;

namespace LivePeak.Tests.Engine.Exposure;

/// <summary>
/// The extended cube against a naive oracle written here from the rules alone: attribution by
/// scanning every LIVE, LIVE minutes by walking each LIVE minute by minute, every per-slot measure
/// recomputed from the raw lines. Random LIVEs and lines (seeded, so a failure names its seed) are
/// fed to a one-pass <see cref="CubeBuilder"/> and, split at random, to k partial cubes that are
/// then merged; both must equal the oracle in every <see cref="SlotStats"/> field.
/// </summary>
[TestFixture]
public sealed class ExposureOracleTests
{
    private const int Seeds = 120;

    private static readonly LocalDateTime Monday = new(2026, 7, 27, 0, 0); // two weeks from here
    private static readonly string[] Shops = ["default", "S1", "S2"];
    private static readonly string?[] Channels = [null, null, "LIVE", "LIVE", "live", "Videos", "Product cards"];
    private static readonly Platform[] Platforms = [Platform.TikTok, Platform.TikTok, Platform.Shopee, Platform.Facebook];
    private static readonly decimal[] Quantities = [1, 1, 1, 2, 3, 0, -1];
    private static readonly OrderStatus[] Statuses = [OrderStatus.Completed, OrderStatus.Completed, OrderStatus.Pending, OrderStatus.Returned, OrderStatus.Cancelled];
    private static readonly int[] GraceMinutes = [0, 1, 17, 30, 45];

    [TestCase(15, TestName = "Oracle: 15-minute slots, one pass and merged partial cubes")]
    [TestCase(30, TestName = "Oracle: 30-minute slots, one pass and merged partial cubes")]
    [TestCase(60, TestName = "Oracle: hour slots, one pass and merged partial cubes")]
    [TestCase(120, TestName = "Oracle: 2-hour slots, one pass and merged partial cubes")]
    public void The_cube_equals_a_naive_oracle_on_random_LIVEs_and_lines(int slotMinutes)
    {
        var length = new SlotLength(slotMinutes);
        var mismatches = new List<string>();
        var attributedLines = 0;
        for (var seed = 1; seed <= Seeds && mismatches.Count == 0; seed++)
        {
            var random = new Random(seed * 1000 + slotMinutes);
            var world = World.Generate(random);
            var oracle = Oracle.Of(world, length);
            attributedLines += oracle.Attributed.Count(a => a is not null);

            // One pass, as the slots command runs it.
            var builder = new CubeBuilder(new CubeOptions { SlotLength = length, Grace = world.Grace });
            foreach (var session in world.Sessions)
            {
                builder.AddSession(session);
            }

            foreach (var line in world.Lines)
            {
                builder.AddLine(line);
            }

            Compare(builder.Cube, oracle, $"seed {seed}, one pass", mismatches);
            if (builder.LiveChannelLinesWithoutLive != oracle.LiveChannelLinesWithoutLive)
            {
                mismatches.Add($"seed {seed}: {builder.LiveChannelLinesWithoutLive} LIVE-channel lines without a LIVE, oracle {oracle.LiveChannelLinesWithoutLive}");
            }

            CompareLedger(builder.Ledger, oracle, $"seed {seed}, one pass", mismatches);

            // k partial cubes: each LIVE in exactly one, each line in any one, every line attributed
            // against the full LIVE list; then merged.
            var k = random.Next(2, 5);
            var attribution = new LiveAttribution(world.Sessions, world.Grace);
            var partials = Enumerable.Range(0, k).Select(_ => (Cube: new SlotCube(length, Live.ZoneId), Ledger: new SessionLedger())).ToArray();
            foreach (var session in world.Sessions)
            {
                var part = partials[random.Next(k)];
                part.Cube.AddSession(session);
                part.Ledger.AddSession(session);
            }

            foreach (var line in world.Lines)
            {
                var part = partials[random.Next(k)];
                var live = attribution.Attribute(line);
                part.Cube.Add(line, live);
                if (live is not null)
                {
                    part.Ledger.AddLine(line, live);
                }
            }

            var merged = new SlotCube(length, Live.ZoneId);
            var mergedLedger = new SessionLedger();
            foreach (var (cube, ledger) in partials)
            {
                merged.Merge(cube);
                mergedLedger.Merge(ledger);
            }

            Compare(merged, oracle, $"seed {seed}, {k} partial cubes merged", mismatches);
            for (var i = 0; i < length.SlotsPerWeek; i++)
            {
                // Every measure is a sum or a union, so a merge is exactly the one-pass cube, viewers included.
                if (merged.Stats(i) != builder.Cube.Stats(i))
                {
                    mismatches.Add($"seed {seed}: merged {merged.Stats(i)} differs from one pass {builder.Cube.Stats(i)}");
                }
            }

            CompareLedger(mergedLedger, oracle, $"seed {seed}, {k} partial ledgers merged", mismatches);
        }

        Assert.That(mismatches, Is.Empty);
        Assert.That(attributedLines, Is.GreaterThan(Seeds), "the random worlds must attribute plenty of lines to be a test at all");
    }

    private static void Compare(SlotCube cube, Oracle oracle, string where, List<string> mismatches)
    {
        if (cube.SessionCount != oracle.SessionCount || cube.Lines != oracle.LineCount)
        {
            mismatches.Add($"{where}: {cube.SessionCount} sessions / {cube.Lines} lines, oracle {oracle.SessionCount} / {oracle.LineCount}");
        }

        for (var i = 0; i < cube.Length.SlotsPerWeek; i++)
        {
            var actual = cube.Stats(i);
            var expected = oracle.Slots[i];
            void Check<T>(string field, T got, T want)
            {
                if (!EqualityComparer<T>.Default.Equals(got, want))
                {
                    mismatches.Add($"{where}, {actual.Slot}: {field} {got}, oracle {want}");
                }
            }

            Check("day", actual.Slot.Day, expected.Day);
            Check("start", actual.Slot.StartMinute, expected.StartMinute);
            Check("orders", actual.Orders, (long)expected.Orders.Count);
            Check("items", actual.Items, expected.Items);
            Check("gmv", actual.Gmv, expected.Gmv);
            Check("cancelledGmv", actual.CancelledGmv, expected.CancelledGmv);
            Check("firstDate", actual.FirstDate, expected.FirstDate);
            Check("lastDate", actual.LastDate, expected.LastDate);
            Check("sessions", actual.Sessions, expected.Sessions);
            Check("liveMinutes", actual.LiveMinutes, (decimal)expected.LiveMinutes);
            Check("liveOrders", actual.LiveOrders, (long)expected.LiveOrders.Count);
            Check("liveGmv", actual.LiveGmv, expected.LiveGmv);
            Check("offLiveOrders", actual.OffLiveOrders, (long)expected.OffLiveOrders.Count);
            Check("offLiveGmv", actual.OffLiveGmv, expected.OffLiveGmv);
            Check("gmvPerLiveHour", actual.GmvPerLiveHour, expected.GmvPerLiveHour);
            Check("ordersPerLiveHour", actual.OrdersPerLiveHour, expected.OrdersPerLiveHour);

            // Viewers are shared out by division: the cube keeps each share to 12 decimals (so that
            // merges are exact), the oracle keeps 28 digits, so they agree to 1e-10 (at most ten
            // LIVEs' rounding). The rate built on them is compared to a relative 1e-6.
            if (Math.Abs(actual.Viewers - expected.Viewers) > 1e-10m)
            {
                mismatches.Add($"{where}, {actual.Slot}: viewers {actual.Viewers}, oracle {expected.Viewers}");
            }

            var per1000 = expected.OrdersPerThousandViewers;
            if ((actual.OrdersPerThousandViewers is null) != (per1000 is null) ||
                (per1000 is { } want && Math.Abs(actual.OrdersPerThousandViewers!.Value - want) > 1e-6m * Math.Max(1m, Math.Abs(want))))
            {
                mismatches.Add($"{where}, {actual.Slot}: ordersPer1000Viewers {actual.OrdersPerThousandViewers}, oracle {per1000}");
            }
        }
    }

    private static void CompareLedger(SessionLedger ledger, Oracle oracle, string where, List<string> mismatches)
    {
        var results = ledger.Results().ToDictionary(r => r.Session.Key, StringComparer.Ordinal);
        if (results.Count != oracle.World.Sessions.Count)
        {
            mismatches.Add($"{where}: ledger has {results.Count} LIVEs, oracle {oracle.World.Sessions.Count}");
        }

        foreach (var session in oracle.World.Sessions)
        {
            var lines = oracle.World.Lines.Where((_, i) => ReferenceEquals(oracle.Attributed[i], session)).ToList();
            var kept = lines.Where(l => l.Status != OrderStatus.Cancelled).ToList();
            var want = (Lines: (long)lines.Count,
                Orders: (long)kept.Where(l => l.Quantity > 0).Select(l => (l.Platform, l.Shop, l.OrderId, l.CreatedLocal.Date)).Distinct().Count(),
                Gmv: kept.Aggregate(Money.Zero, (sum, l) => sum + l.Revenue));
            var got = results.TryGetValue(session.Key, out var r) ? (r.AttributedLines, r.AttributedOrders, r.AttributedGmv) : (-1L, -1L, Money.Zero);
            if (got != want)
            {
                mismatches.Add($"{where}, LIVE {session.RoomId}: ledger {got}, oracle {want}");
            }
        }
    }

    /// <summary>Random LIVEs and order lines over two weeks, with a random grace.</summary>
    private sealed record World(IReadOnlyList<LiveSession> Sessions, IReadOnlyList<OrderLine> Lines, Duration Grace)
    {
        public static World Generate(Random random)
        {
            var grace = Duration.FromMinutes(GraceMinutes[random.Next(GraceMinutes.Length)]);
            var sessions = new List<LiveSession>();
            var starts = new HashSet<LocalDateTime>();
            var sessionCount = random.Next(0, 11);
            while (sessions.Count < sessionCount)
            {
                // Whole minutes, so the oracle's minute walk is exact. Some start late on a Sunday
                // to run into Monday; a few run for more than a day.
                var start = random.Next(4) == 0
                    ? Monday.PlusDays(7 * random.Next(2) + 6).PlusMinutes(22 * 60 + random.Next(120))
                    : Monday.PlusMinutes(random.Next(14 * 1440));
                if (!starts.Add(start))
                {
                    continue; // distinct starts: which of two equal starts wins is not a rule
                }

                var kind = random.Next(20);
                var minutes = kind switch
                {
                    0 => -1, // no duration in the report
                    1 => 0, // reported as zero long
                    2 => 1000 + random.Next(2000),
                    _ => 1 + random.Next(300),
                };
                var name = FormattableString.Invariant($"R{sessions.Count}");
                sessions.Add(new LiveSession
                {
                    Platform = Platforms[random.Next(Platforms.Length)],
                    Shop = Shops[random.Next(Shops.Length)],
                    RoomId = name,
                    Title = name,
                    Start = start.InZoneStrictly(Live.Zone),
                    End = start.PlusMinutes(Math.Max(minutes, 0)).InZoneStrictly(Live.Zone),
                    HasDuration = minutes >= 0,
                    Metrics = new LiveMetrics { Viewers = random.Next(5) == 0 ? null : random.Next(0, 100_000) },
                    SourceKind = "random",
                });
            }

            var lines = new List<OrderLine>();
            var lineCount = random.Next(0, 160);
            for (var i = 0; i < lineCount; i++)
            {
                LocalDateTime created;
                if (sessions.Count > 0 && random.Next(10) < 6)
                {
                    // Near a LIVE: from 20 minutes before it to 20 minutes after its grace.
                    var near = sessions[random.Next(sessions.Count)];
                    var span = (int)(near.Length + grace).TotalSeconds + 40 * 60;
                    created = near.StartLocal.PlusSeconds(random.Next(span + 1) - 20 * 60);
                }
                else
                {
                    created = Monday.PlusDays(-1).PlusSeconds(random.Next(16 * 86_400));
                }

                if (random.Next(8) == 0 && sessions.Count > 0)
                {
                    // Exactly on a window edge: a start, an end + grace, or one second after it.
                    var edge = sessions[random.Next(sessions.Count)];
                    created = random.Next(3) switch
                    {
                        0 => edge.StartLocal,
                        1 => edge.EndLocal.PlusSeconds((long)grace.TotalSeconds),
                        _ => edge.EndLocal.PlusSeconds((long)grace.TotalSeconds + 1),
                    };
                }

                lines.Add(new OrderLine(
                    Platforms[random.Next(Platforms.Length)],
                    Shops[random.Next(Shops.Length)],
                    FormattableString.Invariant($"O{random.Next(60)}"),
                    FormattableString.Invariant($"L{i}"),
                    "SKU",
                    "Bánh",
                    Quantities[random.Next(Quantities.Length)],
                    Money.FromDecimal(random.Next(0, 2_000_000) + (random.Next(4) == 0 ? 0.5m : 0m)),
                    created.InZoneStrictly(Live.Zone),
                    Statuses[random.Next(Statuses.Length)],
                    Channels[random.Next(Channels.Length)]));
            }

            return new World(sessions, lines, grace);
        }
    }

    /// <summary>Every measure recomputed from the rules, the slow and obvious way.</summary>
    private sealed class Oracle
    {
        private Oracle(World world, SlotLength length)
        {
            World = world;
            Slots = Enumerable.Range(0, length.SlotsPerWeek)
                .Select(i => new OracleSlot((IsoDayOfWeek)(i / length.SlotsPerDay + 1), i % length.SlotsPerDay * length.Minutes))
                .ToArray();
            Attributed = new LiveSession?[world.Lines.Count];
        }

        public World World { get; }

        public OracleSlot[] Slots { get; }

        public LiveSession?[] Attributed { get; }

        public long SessionCount => World.Sessions.Count;

        public long LineCount => World.Lines.Count;

        public long LiveChannelLinesWithoutLive { get; private set; }

        public static Oracle Of(World world, SlotLength length)
        {
            var oracle = new Oracle(world, length);
            var slotOf = (LocalDateTime t) => oracle.Slots[((int)t.DayOfWeek - 1) * length.SlotsPerDay + (t.Hour * 60 + t.Minute) / length.Minutes];

            foreach (var session in world.Sessions)
            {
                slotOf(session.StartLocal).Sessions++;
                var minutesBySlot = new Dictionary<OracleSlot, long>();
                for (var t = session.StartLocal; t < session.EndLocal; t = t.PlusMinutes(1))
                {
                    var slot = slotOf(t);
                    slot.LiveMinutes++;
                    minutesBySlot[slot] = minutesBySlot.GetValueOrDefault(slot) + 1;
                }

                if (session.Metrics.Viewers is not { } viewers)
                {
                    continue;
                }

                var total = minutesBySlot.Values.Sum();
                if (total == 0)
                {
                    slotOf(session.StartLocal).Viewers += viewers;
                }
                else
                {
                    foreach (var (slot, minutes) in minutesBySlot)
                    {
                        slot.Viewers += viewers * (decimal)minutes / total;
                    }
                }
            }

            for (var i = 0; i < world.Lines.Count; i++)
            {
                var line = world.Lines[i];
                var live = oracle.Attributed[i] = Attribute(line, world.Sessions, world.Grace);
                var isLiveChannel = string.Equals(line.Channel, "LIVE", StringComparison.OrdinalIgnoreCase);
                if (live is null && isLiveChannel)
                {
                    oracle.LiveChannelLinesWithoutLive++;
                }

                var slot = slotOf(line.CreatedLocal);
                var date = line.CreatedLocal.Date;
                slot.FirstDate = slot.FirstDate is { } first && first <= date ? first : date;
                slot.LastDate = slot.LastDate is { } last && last >= date ? last : date;
                if (line.Status == OrderStatus.Cancelled)
                {
                    slot.CancelledGmv += line.Revenue;
                    continue;
                }

                slot.Items += line.Quantity;
                slot.Gmv += line.Revenue;
                var key = (line.Platform, line.Shop, line.OrderId, line.CreatedLocal.Date);
                if (live is null)
                {
                    slot.OffLiveGmv += line.Revenue;
                }
                else
                {
                    slot.LiveGmv += line.Revenue;
                }

                if (line.Quantity > 0)
                {
                    slot.Orders.Add(key);
                    (live is null ? slot.OffLiveOrders : slot.LiveOrders).Add(key);
                }
            }

            return oracle;
        }

        /// <summary>Brute force: every LIVE whose window holds the line; the latest start wins.</summary>
        private static LiveSession? Attribute(OrderLine line, IReadOnlyList<LiveSession> sessions, Duration grace)
        {
            if (line.Channel is not null && !string.Equals(line.Channel, "LIVE", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            LiveSession? best = null;
            foreach (var session in sessions)
            {
                var sameShop = session.Shop == line.Shop || session.Shop == "default" || line.Shop == "default";
                var at = line.Created.ToInstant();
                var inWindow = at >= session.Start.ToInstant() && at <= session.End.ToInstant() + grace;
                if (session.Platform == line.Platform && sameShop && inWindow &&
                    (best is null || session.Start.ToInstant() > best.Start.ToInstant()))
                {
                    best = session;
                }
            }

            return best;
        }

        public sealed class OracleSlot(IsoDayOfWeek day, int startMinute)
        {
            public IsoDayOfWeek Day { get; } = day;

            public int StartMinute { get; } = startMinute;

            public HashSet<(Platform, string, string, NodaTime.LocalDate)> Orders { get; } = [];

            public HashSet<(Platform, string, string, NodaTime.LocalDate)> LiveOrders { get; } = [];

            public HashSet<(Platform, string, string, NodaTime.LocalDate)> OffLiveOrders { get; } = [];

            public decimal Items { get; set; }

            public Money Gmv { get; set; }

            public Money CancelledGmv { get; set; }

            public Money LiveGmv { get; set; }

            public Money OffLiveGmv { get; set; }

            public LocalDate? FirstDate { get; set; }

            public LocalDate? LastDate { get; set; }

            public long Sessions { get; set; }

            public long LiveMinutes { get; set; }

            public decimal Viewers { get; set; }

            public decimal? GmvPerLiveHour => LiveMinutes > 0 ? LiveGmv.ToDecimal() * 60m / LiveMinutes : null;

            public decimal? OrdersPerLiveHour => LiveMinutes > 0 ? LiveOrders.Count * 60m / LiveMinutes : null;

            public decimal? OrdersPerThousandViewers => Viewers > 0 ? LiveOrders.Count * 1000m / Viewers : null;
        }
    }
}
