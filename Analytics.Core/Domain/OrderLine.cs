using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// One product line of one order, as every importer produces it. It deliberately has no buyer
/// fields: names, usernames, phones and addresses are never read past the importer's header map.
/// </summary>
/// <param name="LineId">The platform's SKU or line id; identifies the line within the order.</param>
/// <param name="Created">When the order was placed, as wall-clock time in the shop's zone.</param>
/// <param name="Channel">TikTok's <c>Order Channel</c> (LIVE, Videos, Product cards); null where unknown.</param>
public sealed record OrderLine(
    Platform Platform,
    string Shop,
    string OrderId,
    string LineId,
    string ProductId,
    string ProductName,
    decimal Quantity,
    Money Revenue,
    ZonedDateTime Created,
    OrderStatus Status,
    string? Channel)
{
    public LocalDateTime CreatedLocal => Created.LocalDateTime;
}
