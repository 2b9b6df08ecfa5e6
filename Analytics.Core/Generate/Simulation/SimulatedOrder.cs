using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// One simulated order with everything any layout writes about it. Formats only choose and
/// word fields; they draw nothing random themselves, so every format of one seed tells the
/// same story. Times are shop wall-clock times; a step that had not happened when the export
/// was taken is null.
/// </summary>
internal sealed record SimulatedOrder
{
    public required ShopInfo Shop { get; init; }

    /// <summary>0-based position among the shop's orders of that day, by time.</summary>
    public required int SequenceInDay { get; init; }

    public required LocalDateTime Created { get; init; }

    /// <summary>Which of the day's LIVEs (<see cref="SimulatedDay.Lives"/>) was on air when the order was placed; null when none.</summary>
    public int? Live { get; init; }

    /// <summary>True when the buyer ordered through the LIVE itself: the orders a platform credits to it.</summary>
    public bool ThroughLive => Live is not null && Channel == "LIVE";

    /// <summary>TikTok's Order Channel: <c>LIVE</c>, <c>Videos</c> or <c>Product cards</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The affiliate creator who brought the sale; empty for the shop's own sales.</summary>
    public required string CreatorHandle { get; init; }

    public required IReadOnlyList<SimulatedLine> Lines { get; init; }

    public required FakeBuyer Buyer { get; init; }

    public required PaymentKind Payment { get; init; }

    public required decimal ShippingFee { get; init; }

    public required decimal ShippingSellerDiscount { get; init; }

    public required decimal ShippingPlatformDiscount { get; init; }

    /// <summary>Index into the carriers each platform offers.</summary>
    public required int Carrier { get; init; }

    /// <summary>Digits the platform's tracking and package ids are made of.</summary>
    public required long TrackingNumber { get; init; }

    public required string SellerNote { get; init; }

    public required OrderProgress Progress { get; init; }

    public required LocalDateTime Paid { get; init; }

    public LocalDateTime? ReadyToShip { get; init; }

    public LocalDateTime? Shipped { get; init; }

    public LocalDateTime? Delivered { get; init; }

    public LocalDateTime? Cancelled { get; init; }

    public CancelParty? CancelledBy { get; init; }

    public string CancelReason { get; init; } = string.Empty;

    public decimal ShippingAfterDiscount => ShippingFee - ShippingSellerDiscount - ShippingPlatformDiscount;

    public decimal Subtotal => Lines.Sum(l => l.SubtotalAfterDiscount);

    /// <summary>What the buyer pays in all: lines after discounts plus shipping.</summary>
    public decimal OrderAmount => Subtotal + ShippingAfterDiscount;

    public decimal RefundAmount => Lines.Where(l => l.Returned).Sum(l => l.SubtotalAfterDiscount);

    public decimal TotalWeightKg => Lines.Sum(l => l.WeightKg);

    /// <summary>The status the analytics should see for a line of this order.</summary>
    public OrderStatus StatusOf(SimulatedLine line) => Progress switch
    {
        OrderProgress.Cancelled => OrderStatus.Cancelled,
        _ when line.Returned => OrderStatus.Returned,
        OrderProgress.Delivered => OrderStatus.Completed,
        _ => OrderStatus.Pending,
    };
}
