using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;

namespace LivePeak.Tests.Engine;

/// <summary>
/// The slot cube's definition written the slowest, plainest way: group the lines by day of week
/// and start of slot of their local time, then count and sum each group with LINQ.
/// </summary>
internal static class SlotCubeOracle
{
    public static List<SlotStats> Expected(IReadOnlyCollection<OrderLine> lines, SlotLength length)
    {
        var groups = lines
            .GroupBy(l => (l.CreatedLocal.DayOfWeek, Start: (l.CreatedLocal.Hour * 60 + l.CreatedLocal.Minute) / length.Minutes * length.Minutes))
            .ToDictionary(g => g.Key, g => g.ToList());

        var all = new List<SlotStats>();
        foreach (var day in Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d))
        {
            for (var start = 0; start < 1440; start += length.Minutes)
            {
                var slot = new Slot(day, start, length);
                if (!groups.TryGetValue((day, start), out var group))
                {
                    all.Add(new SlotStats(slot, 0, 0m, Money.Zero, Money.Zero, null, null));
                    continue;
                }

                var sold = group.Where(l => l.Status != OrderStatus.Cancelled).ToList();
                var cancelled = group.Where(l => l.Status == OrderStatus.Cancelled).ToList();
                all.Add(new SlotStats(
                    slot,
                    sold.Where(l => l.Quantity > 0).Select(l => (l.Platform, l.Shop, l.OrderId, l.CreatedLocal.Date)).Distinct().Count(),
                    sold.Sum(l => l.Quantity),
                    Money.FromDecimal(sold.Sum(l => l.Revenue.ToDecimal())),
                    Money.FromDecimal(cancelled.Sum(l => l.Revenue.ToDecimal())),
                    group.Min(l => l.CreatedLocal.Date),
                    group.Max(l => l.CreatedLocal.Date))
                {
                    // No LIVEs are added here, so every sale is an off-LIVE sale.
                    OffLiveOrders = sold.Where(l => l.Quantity > 0).Select(l => (l.Platform, l.Shop, l.OrderId, l.CreatedLocal.Date)).Distinct().Count(),
                    OffLiveGmv = Money.FromDecimal(sold.Sum(l => l.Revenue.ToDecimal())),
                });
            }
        }

        return all;
    }

    /// <summary>Random lines whose orders repeat across lines, slots, platforms and shops.</summary>
    public static List<OrderLine> RandomLines(Random random, DateTimeZone zone)
    {
        Platform[] platforms = [Platform.TikTok, Platform.Shopee, Platform.Other];
        string[] shops = ["shop-a", "shop-b"];
        var orderPool = random.Next(1, 60);
        var count = random.Next(0, 250);
        var start = new LocalDate(2026, 3, 1);
        var lines = new List<OrderLine>(count);
        for (var i = 0; i < count; i++)
        {
            var local = start.PlusDays(random.Next(0, 70)).At(new LocalTime(0, 0).PlusSeconds(random.Next(0, 86_400)));
            var quantity = random.Next(10) == 0 ? random.Next(1, 8) / 2m : random.Next(-2, 6);
            var revenue = random.Next(-200_000, 2_000_000) + random.Next(0, 4) * 0.25m;
            lines.Add(new OrderLine(
                platforms[random.Next(platforms.Length)],
                shops[random.Next(shops.Length)],
                "O" + random.Next(orderPool).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "P" + random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "product",
                quantity,
                Money.FromDecimal(revenue),
                local.InZoneLeniently(zone),
                (OrderStatus)random.Next(4),
                null));
        }

        return lines;
    }
}
