using LivePeak.Analytics.Domain;
using NodaTime;
using NodaTime.Text;

namespace LivePeak.Tests.Engine.Exposure;

/// <summary>Short builders for LIVEs and order lines in the shop's zone (Asia/Ho_Chi_Minh).</summary>
internal static class Live
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    /// <summary>A wall-clock time written <c>yyyy-MM-dd HH:mm</c> or <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static ZonedDateTime At(string text) =>
        Pattern.Parse(text.Length == 16 ? text + ":00" : text).GetValueOrThrow().InZoneStrictly(Zone);

    /// <summary>A LIVE named <paramref name="name"/> (its room id and title); no end means no duration.</summary>
    public static LiveSession Session(string name, string start, string? end, Platform platform = Platform.TikTok, string shop = "default", long? viewers = null) =>
        new()
        {
            Platform = platform,
            Shop = shop,
            RoomId = name,
            Title = name,
            Start = At(start),
            End = At(end ?? start),
            HasDuration = end is not null,
            Metrics = new LiveMetrics { Viewers = viewers },
            SourceKind = "test",
        };

    public static OrderLine Line(
        string created,
        string? channel = null,
        Platform platform = Platform.TikTok,
        string shop = "default",
        string order = "O1",
        decimal quantity = 1,
        decimal revenue = 100_000,
        OrderStatus status = OrderStatus.Completed) =>
        new(platform, shop, order, order + "-SKU", "SKU", "Bánh", quantity, Money.FromDecimal(revenue), At(created), status, channel);

    public static Money Vnd(decimal amount) => Money.FromDecimal(amount);
}
