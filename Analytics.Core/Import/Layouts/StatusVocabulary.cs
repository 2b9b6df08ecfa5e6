using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// Maps the status texts of every layout (Vietnamese and English) to <see cref="OrderStatus"/>.
/// Exact texts are looked up first; unknown texts fall back to keywords, and a text with no
/// known keyword counts as pending (a sale in progress), so a new platform wording never drops
/// revenue silently: <c>inspect</c> lists such texts.
/// </summary>
public static class StatusVocabulary
{
    private static readonly Dictionary<string, OrderStatus> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        // TikTok Shop VN
        ["Đã hoàn tất"] = OrderStatus.Completed,
        ["Đã giao"] = OrderStatus.Completed,
        ["Đã vận chuyển"] = OrderStatus.Pending,
        ["Chờ vận chuyển"] = OrderStatus.Pending,
        ["Chờ lấy hàng"] = OrderStatus.Pending,
        ["Chưa thanh toán"] = OrderStatus.Pending,
        ["Đang chờ xử lý"] = OrderStatus.Pending,
        ["Giao gói hàng thất bại"] = OrderStatus.Cancelled,
        // Shopee VN
        ["Hoàn thành"] = OrderStatus.Completed,
        ["Đang giao"] = OrderStatus.Pending,
        ["Chờ xác nhận"] = OrderStatus.Pending,
        ["Chờ giao hàng"] = OrderStatus.Pending,
        ["Giao hàng thất bại"] = OrderStatus.Cancelled,
        ["Trả hàng/Hoàn tiền"] = OrderStatus.Returned,
        // English (TikTok US/global, POS logs)
        ["Completed"] = OrderStatus.Completed,
        ["Complete"] = OrderStatus.Completed,
        ["Delivered"] = OrderStatus.Completed,
        ["Paid"] = OrderStatus.Completed,
        ["Shipped"] = OrderStatus.Pending,
        ["In transit"] = OrderStatus.Pending,
        ["To ship"] = OrderStatus.Pending,
        ["Awaiting shipment"] = OrderStatus.Pending,
        ["Awaiting collection"] = OrderStatus.Pending,
        ["Unpaid"] = OrderStatus.Pending,
        ["Pending"] = OrderStatus.Pending,
        ["Cancelled"] = OrderStatus.Cancelled,
        ["Canceled"] = OrderStatus.Cancelled,
        ["Returned"] = OrderStatus.Returned,
        ["Refunded"] = OrderStatus.Returned,
    };

    // Keywords in both spellings of "hủy" (the tone mark sits on u or on y; NFC keeps them apart).
    private static readonly (string Keyword, OrderStatus Status)[] Keywords =
    [
        ("hủy", OrderStatus.Cancelled), ("huỷ", OrderStatus.Cancelled), ("cancel", OrderStatus.Cancelled), ("thất bại", OrderStatus.Cancelled),
        ("hoàn tiền", OrderStatus.Returned), ("trả hàng", OrderStatus.Returned), ("return", OrderStatus.Returned), ("refund", OrderStatus.Returned),
        ("người mua xác nhận", OrderStatus.Completed), ("hoàn thành", OrderStatus.Completed), ("hoàn tất", OrderStatus.Completed),
        ("đã giao", OrderStatus.Completed), ("complete", OrderStatus.Completed), ("deliver", OrderStatus.Completed),
    ];

    /// <summary>Maps a status text; <paramref name="known"/> is false when only the fallback applied.</summary>
    public static OrderStatus Map(string statusText, out bool known)
    {
        var text = HeaderText.Normalize(statusText);
        known = true;
        if (text.Length == 0)
        {
            return OrderStatus.Completed;
        }

        if (Exact.TryGetValue(text, out var status))
        {
            return status;
        }

        foreach (var (keyword, mapped) in Keywords)
        {
            if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return mapped;
            }
        }

        known = false;
        return OrderStatus.Pending;
    }

    /// <summary>
    /// Combines the order status with a layout's cancel/return columns: TikTok's
    /// <c>Cancel</c> cancels the line and <c>Return/Refund</c> returns it; any Shopee return status
    /// marks a return unless the order was cancelled.
    /// </summary>
    public static OrderStatus Combine(OrderStatus status, string cancelReturnType, string returnStatus)
    {
        if (status == OrderStatus.Cancelled)
        {
            return status;
        }

        var type = HeaderText.Normalize(cancelReturnType);
        if (type.StartsWith("Cancel", StringComparison.OrdinalIgnoreCase))
        {
            return OrderStatus.Cancelled;
        }

        if (type.Contains("Return", StringComparison.OrdinalIgnoreCase) || type.Contains("Refund", StringComparison.OrdinalIgnoreCase))
        {
            return OrderStatus.Returned;
        }

        return HeaderText.Normalize(returnStatus).Length > 0 ? OrderStatus.Returned : status;
    }
}
