using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Tests.Support;
using NodaTime;

namespace LivePeak.Tests.Render;

/// <summary>
/// Inputs for chart and report tests: the two-shop POS fixture (four weeks of a Tây Bắc and a Đà
/// Lạt shop, generated once and committed) with one LIVE's trend, or lines built by hand.
/// </summary>
internal static class ChartInputs
{
    public const string Folder = "Charts";

    public static string[] PosFiles => [FixtureImport.PathOf("Charts/pos-orders-shop1.csv"), FixtureImport.PathOf("Charts/pos-orders-shop2.csv")];

    public static string TrendFile => FixtureImport.PathOf("Charts/live-trend-20260606.csv");

    public static ImportOptions PosOptions => new()
    {
        Map = ColumnMap.Parse(File.ReadAllText(FixtureImport.PathOf("Charts/pos.map")).Trim()),
        Culture = CultureInfo.GetCultureInfo("vi-VN"),
    };

    /// <summary>Imports files into evidence the way the chart and report commands do.</summary>
    public static (ImportSummary Summary, EvidenceBuilder Evidence) Import(IEnumerable<string> files, ImportOptions? options = null)
    {
        var evidence = new EvidenceBuilder(new CubeOptions());
        var summary = InputImport.Run(files, options ?? PosOptions, new ImportSink
        {
            OnOrderLine = evidence.AddLine,
            OnSession = evidence.AddSession,
            OnLiveDetail = evidence.AddDetail,
        });
        return (summary, evidence);
    }

    public static EvidenceBuilder Pos(bool withTrend = false) =>
        Import(withTrend ? [.. PosFiles, TrendFile] : PosFiles).Evidence;

    private static int _order;

    /// <summary>A completed order line of one item at a local time in Asia/Ho_Chi_Minh.</summary>
    public static OrderLine Line(LocalDateTime at, decimal revenue, string product = "SR-RI6", string name = "Sầu riêng Ri6", string shop = "Shop", decimal quantity = 1, OrderStatus status = OrderStatus.Completed)
    {
        var id = Interlocked.Increment(ref _order).ToString(CultureInfo.InvariantCulture);
        return new OrderLine(Platform.Other, shop, id, "1", product, name, quantity, Money.FromDecimal(revenue),
            at.InZoneStrictly(FixtureImport.HoChiMinh), status, null);
    }

    /// <summary>Evidence from hand-made lines only.</summary>
    public static EvidenceBuilder FromLines(IEnumerable<OrderLine> lines, IEnumerable<LiveSession>? sessions = null)
    {
        var evidence = new EvidenceBuilder(new CubeOptions());
        foreach (var session in sessions ?? [])
        {
            evidence.AddSession(session);
        }

        foreach (var line in lines)
        {
            evidence.AddLine(line);
        }

        return evidence;
    }

    /// <summary>A LIVE with a reported GMV, in Asia/Ho_Chi_Minh.</summary>
    public static LiveSession Live(LocalDateTime start, int minutes, decimal gmv, string shop = "Shop") => new()
    {
        Platform = Platform.Other,
        Shop = shop,
        Start = start.InZoneStrictly(FixtureImport.HoChiMinh),
        End = start.PlusMinutes(minutes).InZoneStrictly(FixtureImport.HoChiMinh),
        RoomId = start.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
        Metrics = new LiveMetrics { Gmv = Money.FromDecimal(gmv) },
    };

    public static readonly LocalDate PlantedMonday = new(2026, 6, 1);

    /// <summary>Six weeks of small sales every hour from 8 to 23, plus a planted extra on Saturdays
    /// 20:00-22:00 (and, when asked, every day 10:00-12:00).</summary>
    public static List<OrderLine> Planted(int weeks = 6, bool dailyMorning = false, int seed = 5)
    {
        var random = new Random(seed);
        var lines = new List<OrderLine>();
        for (var d = 0; d < weeks * 7; d++)
        {
            var date = PlantedMonday.PlusDays(d);
            for (var hour = 8; hour < 24; hour++)
            {
                lines.Add(Line(date.At(new LocalTime(hour, random.Next(60))), 100_000 + random.Next(50_000)));
            }

            if (date.DayOfWeek == IsoDayOfWeek.Saturday)
            {
                lines.Add(Line(date.At(new LocalTime(20, 15)), 2_000_000 + random.Next(400_000)));
                lines.Add(Line(date.At(new LocalTime(21, 40)), 1_500_000 + random.Next(400_000)));
            }

            if (dailyMorning)
            {
                lines.Add(Line(date.At(new LocalTime(10, 30)), 600_000 + random.Next(100_000)));
                lines.Add(Line(date.At(new LocalTime(11, 30)), 600_000 + random.Next(100_000)));
            }
        }

        return lines;
    }
}
