using System.Collections.Concurrent;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import;

/// <summary>
/// Why a row was rejected, by key. The English texts are what JSON has always counted rejects
/// under (<c>missing order id</c>, <c>unreadable unit price</c> for orders, <c>unreadable Viewers</c>
/// for LIVE reports and detail exports); field names are keys too, so a Vietnamese reader gets
/// <c>không đọc được đơn giá</c>. One instance per reason, so a file of many rejects writes each
/// reason's text once (see <see cref="FileReport.CountReject"/>).
/// </summary>
internal static class ReasonText
{
    public static readonly LocalText Malformed = new("reason.malformed");

    public static readonly LocalText ExtraFields = new("reason.extrafields");

    public static readonly LocalText NoOrderId = new("reason.noorderid");

    public static readonly LocalText OrderIdNotNumeric = new("reason.orderidnotnumeric");

    public static readonly LocalText UnreadableTime = new("reason.unreadabletime");

    public static readonly LocalText NoQuantity = new("reason.noquantity");

    public static readonly LocalText NoProductId = new("reason.noproductid");

    public static readonly LocalText UnreadableStart = new("reason.unreadablestart");

    public static readonly LocalText UnreadableEnd = new("reason.unreadableend");

    public static readonly LocalText EndsBeforeStart = new("reason.endsbeforestart");

    public static readonly LocalText UnreadableDuration = new("reason.unreadableduration");

    private static readonly ConcurrentDictionary<string, LocalText> UnreadableFields = new(StringComparer.Ordinal);

    public static LocalText Unreadable(OrderField field) => Unreadable("field.order." + field.ToString().ToLowerInvariant());

    public static LocalText Unreadable(SessionField field) => Unreadable("field.live." + field);

    public static LocalText Unreadable(DetailField field) => Unreadable("field.live." + field);

    private static LocalText Unreadable(string fieldKey) =>
        UnreadableFields.GetOrAdd(fieldKey, key => new LocalText("reason.unreadable", ("field", new LocalText(key))));
}
