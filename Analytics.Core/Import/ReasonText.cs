using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import;

/// <summary>
/// "unreadable FIELD", a reject reason by key. Its English text is what JSON has always counted
/// rejects under (<c>unreadable unit price</c> for orders, <c>unreadable Viewers</c> for LIVE
/// reports and detail exports); the field names are keys too, so a Vietnamese reader gets
/// <c>không đọc được đơn giá</c>.
/// </summary>
internal static class ReasonText
{
    public static LocalText Unreadable(OrderField field) => Unreadable("field.order." + field.ToString().ToLowerInvariant());

    public static LocalText Unreadable(SessionField field) => Unreadable("field.live." + field);

    public static LocalText Unreadable(DetailField field) => Unreadable("field.live." + field);

    private static LocalText Unreadable(string fieldKey) => new("reason.unreadable", ("field", new LocalText(fieldKey)));
}
