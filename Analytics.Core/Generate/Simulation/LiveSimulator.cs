using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// Turns a simulated day's LIVE windows into <see cref="SimulatedLive"/>s: the orders placed
/// through each, and an audience funnel (viewers, product impressions, clicks, orders) that
/// ends in those orders, so CTR and CTOR come out plausible and consistent. Each LIVE draws from
/// its own random stream, so the day's orders stay exactly as they were before LIVEs were reported.
/// </summary>
internal static class LiveSimulator
{
    // "LIVE" in ASCII: sets these streams apart from the per-day order streams.
    private const int StreamSalt = 0x4C495645;

    private static readonly string[] Titles =
    [
        "Sầu riêng Ri6 Cái Mơn giá tại vườn",
        "Xả kho thịt gác bếp Tây Bắc, freeship đơn từ 199k",
        "Mở thùng sầu riêng Musang King",
        "Cà phê Buôn Ma Thuột rang mộc, pha thử tại LIVE",
        "Combo quà \"Vị Tây Bắc\" tặng kèm chẩm chéo",
        "Na dai Chi Lăng mới về",
        "Săn deal trái cây tươi cùng nhà vườn",
        "Đặc sản Tây Bắc: măng khô, mắc khén, mật ong",
    ];

    public static IReadOnlyList<SimulatedLive> Of(SalesSimulation simulation, SimulatedDay day)
    {
        var lives = new List<SimulatedLive>(day.Lives.Count);
        for (var n = 0; n < day.Lives.Count; n++)
        {
            var window = day.Lives[n];
            var random = new Random(SeedMixer.Mix(SeedMixer.Mix(simulation.Options.Seed, day.Shop.Index, day.DayIndex), n, StreamSalt));
            var during = day.Orders.Where(o => o.Live == n).ToList();
            var through = during.Where(o => o.ThroughLive).ToList();

            // The funnel runs backwards from the orders: 6-18 % of clicks order, 3-12 % of product
            // impressions are clicked, viewers see the pinned products a few times each.
            var clicks = through.Count * 1000L / (60 + random.Next(121)) + 3 + random.Next(13);
            var productImpressions = clicks * 1000L / (30 + random.Next(91));
            var viewers = Math.Max(clicks, productImpressions * (50 + random.Next(41)) / 100);
            var views = viewers * (130 + random.Next(91)) / 100;
            var averageWatch = 35 + random.Next(116);
            var seconds = window.Minutes * 60L;
            lives.Add(new SimulatedLive
            {
                Shop = day.Shop,
                DayIndex = day.DayIndex,
                Number = n,
                Start = day.Date.At(LocalTime.FromMinutesSinceMidnight(window.StartMinute)),
                End = day.Date.At(LocalTime.Midnight).PlusMinutes(window.EndMinute),
                OverrunSeconds = random.Next(60),
                OrdersDuring = during,
                Orders = through,
                KeptOrders = through.Where(o => o.Progress != OrderProgress.Cancelled).ToList(),
                Title = random.Pick(Titles),
                ListFactor = Factor(random),
                RoomFactor = Factor(random),
                Viewers = viewers,
                Views = views,
                LiveImpressions = views * 100 / (8 + random.Next(18)),
                EngagedViewers = viewers * (10 + random.Next(21)) / 100,
                PeakViewers = Math.Max(1, viewers * averageWatch * (180 + random.Next(171)) / (100 * seconds)),
                ProductImpressions = productImpressions,
                ProductClicks = clicks,
                AddedToCart = clicks * (20 + random.Next(26)) / 100,
                Likes = viewers * (200 + random.Next(701)) / 100,
                Comments = viewers * (5 + random.Next(21)) / 100,
                Shares = viewers * (5 + random.Next(26)) / 1000,
                NewFollowers = viewers * (10 + random.Next(41)) / 1000,
                AverageWatchSeconds = averageWatch,
            });
        }

        return lives;
    }

    /// <summary>0.85 to 1.15 in steps of 0.0001, never exactly 1: a report never matches the log to the đồng.</summary>
    private static decimal Factor(Random random)
    {
        var n = random.Next(3000);
        return 0.85m + (n >= 1500 ? n + 1 : n) / 10_000m;
    }
}
