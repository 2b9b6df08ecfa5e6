using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// One simulated LIVE with everything any LIVE report writes about it: when it was on air, the
/// orders placed through it (the same orders the order exports hold), and its audience. Like
/// <see cref="SimulatedOrder"/>, it is drawn once and every report only words it, so all reports
/// of a seed tell the same story. Platforms attribute sales by their own rules, so each report
/// scales the order log's figures by one of the LIVE's factors; that difference is the "GMV gap"
/// LivePeak shows.
/// </summary>
internal sealed record SimulatedLive
{
    public required ShopInfo Shop { get; init; }

    public required int DayIndex { get; init; }

    /// <summary>0-based position among the shop's LIVEs of that day.</summary>
    public required int Number { get; init; }

    /// <summary>The minute the LIVE went on air (reports show whole minutes or :00 seconds).</summary>
    public required LocalDateTime Start { get; init; }

    /// <summary>The end of the window orders came through the LIVE in: every such order is before it.</summary>
    public required LocalDateTime End { get; init; }

    /// <summary>How long past <see cref="End"/> the stream stayed on air, saying goodbye (0-59 s);
    /// reports that write seconds show it.</summary>
    public required int OverrunSeconds { get; init; }

    /// <summary>Every order placed while the LIVE was on air, whatever its channel, oldest first.</summary>
    public required IReadOnlyList<SimulatedOrder> OrdersDuring { get; init; }

    /// <summary>The orders placed through the LIVE (channel LIVE), cancelled ones included.</summary>
    public required IReadOnlyList<SimulatedOrder> Orders { get; init; }

    /// <summary>The orders placed through the LIVE and not cancelled: what the order log credits it with.</summary>
    public required IReadOnlyList<SimulatedOrder> KeptOrders { get; init; }

    public required string Title { get; init; }

    /// <summary>The LIVE list's GMV over the order log's (0.85-1.15, never exactly 1).</summary>
    public required decimal ListFactor { get; init; }

    /// <summary>The same for the reports that attribute by room (LIVE Center, affiliate, detail, Shopee, 0.85-1.15).</summary>
    public required decimal RoomFactor { get; init; }

    public required long Viewers { get; init; }

    public required long Views { get; init; }

    /// <summary>How often the LIVE was shown in feeds (LIVE impressions).</summary>
    public required long LiveImpressions { get; init; }

    public required long EngagedViewers { get; init; }

    public required long PeakViewers { get; init; }

    public required long ProductImpressions { get; init; }

    public required long ProductClicks { get; init; }

    public required long AddedToCart { get; init; }

    public required long Likes { get; init; }

    public required long Comments { get; init; }

    public required long Shares { get; init; }

    public required long NewFollowers { get; init; }

    public required int AverageWatchSeconds { get; init; }

    public int Minutes => (int)Period.Between(Start, End, PeriodUnits.Minutes).Minutes;

    public int SecondsOnAir => Minutes * 60 + OverrunSeconds;

    public LocalDateTime EndOnAir => End.PlusSeconds(OverrunSeconds);

    /// <summary>The order log's GMV for the LIVE: the kept orders' lines after discounts.</summary>
    public decimal Gmv => KeptOrders.Sum(o => o.Subtotal);

    public int Items => KeptOrders.Sum(o => o.Lines.Sum(l => l.Quantity));

    /// <summary>GMV of every order placed through the LIVE, cancelled ones included.</summary>
    public decimal PlacedGmv => Orders.Sum(o => o.Subtotal);

    public int PlacedItems => Orders.Sum(o => o.Lines.Sum(l => l.Quantity));

    public decimal RefundedGmv => KeptOrders.Sum(o => o.RefundAmount);

    /// <summary>A count as a report with this attribution factor tells it.</summary>
    public static long Scale(long count, decimal factor) => (long)decimal.Round(count * factor, MidpointRounding.AwayFromZero);

    /// <summary>An amount as a report with this attribution factor tells it, to whole VND or to the given decimals.</summary>
    public static decimal Scale(decimal amount, decimal factor, int decimals = 0) => decimal.Round(amount * factor, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Buyers: a few bought twice in one LIVE.</summary>
    public static long CustomersOf(long orders) => orders - orders / 8;
}
