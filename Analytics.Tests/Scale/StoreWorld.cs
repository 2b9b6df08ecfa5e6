using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Scale;
using NodaTime;

namespace LivePeak.Tests.Scale;

/// <summary>
/// Generated order lines (<see cref="ExportGenerator"/>: TikTok with channels for two shops,
/// Shopee, a POS log under the default shop) and seeded LIVEs over the same weeks: listed LIVEs at
/// the sales peaks, overlapping ones, LIVEs with no duration or zero length or no viewers, one
/// across midnight and one from Sunday into Monday, default-shop LIVEs, and LIVEs rebuilt from a
/// trend that a listed LIVE shadows or that stand alone.
/// </summary>
internal sealed record StoreWorld(IReadOnlyList<LiveSession> Sessions, IReadOnlyList<OrderLine> Lines)
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";
    public const string DefaultShop = "default";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    public static StoreWorld Create(int seed, int weeks = 2)
    {
        var start = new LocalDate(2026, 6, 1);
        var tiktok = new GenerateOptions { Format = ExportFormat.TikTok, Shops = 2, Weeks = weeks, OrdersPerDay = 20, Seed = seed, StartDate = start };
        var shopee = new GenerateOptions { Format = ExportFormat.Shopee, Shops = 1, Weeks = weeks, OrdersPerDay = 12, Seed = seed + 1, StartDate = start };
        var pos = new GenerateOptions { Format = ExportFormat.Generic, Shops = 1, Weeks = weeks, OrdersPerDay = 8, Seed = seed + 2, StartDate = start };
        var lines = ExportGenerator.Lines(tiktok)
            .Concat(ExportGenerator.Lines(shopee))
            .Concat(ExportGenerator.Lines(pos).Select(l => l with { Shop = DefaultShop }))
            .ToList();

        var random = new Random(seed);
        var shops = lines.Select(l => (Platform: l.Platform, Shop: l.Shop)).Distinct()
            .Append((Platform: Platform.TikTok, Shop: DefaultShop))
            .Append((Platform: Platform.Other, Shop: ExportGenerator.ShopNames(tiktok)[0]))
            .OrderBy(s => s.Platform).ThenBy(s => s.Shop, StringComparer.Ordinal)
            .ToList();
        var sessions = new List<LiveSession>();
        var room = 0;
        foreach (var (platform, shop) in shops)
        {
            for (var day = 0; day < weeks * 7; day++)
            {
                foreach (var peak in new[] { 10 * 60, 20 * 60 })
                {
                    if (random.Next(3) == 0)
                    {
                        continue;
                    }

                    var begin = start.PlusDays(day).AtMidnight().PlusMinutes(peak + random.Next(-40, 40)).PlusSeconds(random.Next(60));
                    var kind = random.Next(25);
                    var minutes = kind switch
                    {
                        0 => -1, // no duration reported
                        1 => 0,
                        2 => 26 * 60 + random.Next(300), // runs past midnight into the next day
                        _ => 20 + random.Next(160),
                    };
                    sessions.Add(Session(platform, shop, ++room, begin, minutes, random, fromTrend: false));
                }
            }
        }

        // Sunday 23:10 into Monday, and LIVEs rebuilt from a trend: one inside a listed LIVE (shadowed),
        // one alone, and a default-shop one over a named shop's LIVE (shadowed only with every shop in view).
        var tiktokShop = ExportGenerator.ShopNames(tiktok)[0];
        sessions.Add(Session(Platform.TikTok, tiktokShop, ++room, start.PlusDays(6).At(new LocalTime(23, 10)), 140, random, fromTrend: false));
        var listed = sessions.First(s => s.Platform == Platform.TikTok && s.Shop == tiktokShop && s.Length > Duration.FromMinutes(60));
        sessions.Add(Session(Platform.TikTok, tiktokShop, ++room, listed.StartLocal.PlusMinutes(10), 30, random, fromTrend: true));
        sessions.Add(Session(Platform.TikTok, tiktokShop, ++room, start.PlusDays(3).At(new LocalTime(3, 15)), 45, random, fromTrend: true));
        sessions.Add(Session(Platform.TikTok, DefaultShop, ++room, listed.StartLocal.PlusMinutes(5), 50, random, fromTrend: true));
        return new StoreWorld(sessions, lines);
    }

    private static LiveSession Session(Platform platform, string shop, int room, LocalDateTime begin, int minutes, Random random, bool fromTrend) =>
        new()
        {
            Platform = platform,
            Shop = shop,
            RoomId = fromTrend ? null : FormattableString.Invariant($"room-{room}"),
            Host = FormattableString.Invariant($"host {room % 3}"),
            Title = FormattableString.Invariant($"LIVE {room}"),
            Start = begin.InZoneLeniently(Zone),
            End = begin.PlusMinutes(Math.Max(minutes, 0)).InZoneLeniently(Zone),
            HasDuration = minutes >= 0,
            FromTrend = fromTrend,
            SourceKind = fromTrend ? "tiktok-live-trend" : "test-live-list",
            Metrics = new LiveMetrics
            {
                Viewers = random.Next(6) == 0 ? null : random.Next(0, 250_000),
                Gmv = random.Next(4) == 0 ? null : new Money(random.NextInt64(0, 90_000_000_000)),
                Orders = random.Next(50),
                Ctr = random.Next(3) == 0 ? null : random.Next(0, 1000) / 10_000m,
                AverageViewingDuration = Duration.FromSeconds(random.Next(10, 400)),
                AverageConcurrentViewers = random.Next(0, 50_000) / 10m,
            },
        };

    /// <summary>What the embedded engine makes of the whole world: LIVEs first, then every line.</summary>
    public CubeBuilder Embedded(CubeOptions options)
    {
        var builder = new CubeBuilder(options);
        foreach (var session in Sessions)
        {
            builder.AddSession(session);
        }

        foreach (var line in Lines)
        {
            builder.AddLine(line);
        }

        return builder;
    }

    public static StoreSettings Settings => new(ZoneId, Duration.FromMinutes(30), DefaultShop);

    public static CubeOptions Options(int slotMinutes) => new()
    {
        SlotLength = new SlotLength(slotMinutes),
        TimeZoneId = ZoneId,
        Grace = Duration.FromMinutes(30),
        DefaultShop = DefaultShop,
    };

    /// <summary>Loads LIVEs and lines in one load, as <c>livepeak load clickhouse</c> does.</summary>
    public static LoadReport Load(ClickHouseStore store, IEnumerable<LiveSession> sessions, IEnumerable<OrderLine> lines)
    {
        var load = store.BeginLoad(Settings);
        foreach (var session in sessions)
        {
            load.AddSession(session);
        }

        foreach (var line in lines)
        {
            load.AddLine(line);
        }

        return load.Complete();
    }

    /// <summary>The lines split in two by order (an export holds whole orders).</summary>
    public (List<OrderLine> First, List<OrderLine> Second) SplitByOrder()
    {
        var first = Lines.Where(l => l.OrderId.Sum(c => c) % 2 == 0).ToList();
        var second = Lines.Where(l => l.OrderId.Sum(c => c) % 2 != 0).ToList();
        return (first, second);
    }
}
