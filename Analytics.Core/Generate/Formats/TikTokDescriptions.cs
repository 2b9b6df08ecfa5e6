namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// The Vietnamese description row TikTok writes under the header (formats.md §1: row 2). The
/// wording is ours, not copied from a real file; importers skip the row by its non-numeric
/// Order ID, not by its text.
/// </summary>
internal static class TikTokDescriptions
{
    private static readonly Dictionary<string, string> ByHeader = new(StringComparer.Ordinal)
    {
        ["Order ID"] = "Mã đơn hàng của nền tảng",
        ["Order Status"] = "Trạng thái đơn hàng",
        ["Order Substatus"] = "Trạng thái phụ của đơn hàng",
        ["Cancelation/Return Type"] = "Loại hủy đơn/trả hàng",
        ["Normal or Pre-order"] = "Đơn thường hoặc đặt trước",
        ["Order Channel"] = "Kênh phát sinh đơn hàng (LIVE, video, thẻ sản phẩm)",
        ["Creator Handle"] = "Tên tài khoản nhà sáng tạo",
        ["SKU ID"] = "Mã SKU của nền tảng",
        ["Seller SKU"] = "Mã SKU của người bán",
        ["Product Name"] = "Tên sản phẩm",
        ["Variation"] = "Phân loại hàng",
        ["Quantity"] = "Số lượng",
        ["Sku Quantity of return"] = "Số lượng SKU trả lại",
        ["SKU Unit Original Price"] = "Đơn giá gốc của SKU",
        ["SKU Subtotal Before Discount"] = "Tổng tiền SKU trước giảm giá",
        ["SKU Platform Discount"] = "Giảm giá SKU do nền tảng tài trợ",
        ["SKU Seller Discount"] = "Giảm giá SKU do người bán tài trợ",
        ["SKU Subtotal After Discount"] = "Tổng tiền SKU sau giảm giá",
        ["Shipping Fee After Discount"] = "Phí vận chuyển sau giảm giá",
        ["Original Shipping Fee"] = "Phí vận chuyển gốc",
        ["Shipping Fee Seller Discount"] = "Giảm phí vận chuyển do người bán tài trợ",
        ["Shipping Fee Platform Discount"] = "Giảm phí vận chuyển do nền tảng tài trợ",
        ["Payment platform discount"] = "Giảm giá khi thanh toán do nền tảng tài trợ",
        ["Taxes"] = "Thuế",
        ["Order Amount"] = "Tổng số tiền của đơn hàng",
        ["Order Refund Amount"] = "Số tiền hoàn lại",
        ["Created Time"] = "Thời gian tạo đơn",
        ["Paid Time"] = "Thời gian thanh toán",
        ["RTS Time"] = "Thời gian sẵn sàng giao hàng",
        ["Shipped Time"] = "Thời gian giao cho đơn vị vận chuyển",
        ["Delivered Time"] = "Thời gian giao hàng thành công",
        ["Cancelled Time"] = "Thời gian hủy đơn",
        ["Cancel By"] = "Bên hủy đơn",
        ["Cancel Reason"] = "Lý do hủy đơn",
        ["Fulfillment Type"] = "Hình thức xử lý đơn hàng",
        ["Warehouse Name"] = "Tên kho hàng",
        ["Tracking ID"] = "Mã vận đơn",
        ["Delivery Option"] = "Phương thức giao hàng",
        ["Shipping Provider Name"] = "Tên đơn vị vận chuyển",
        ["Buyer Message"] = "Lời nhắn của người mua",
        ["Buyer Username"] = "Tên đăng nhập của người mua",
        ["Recipient"] = "Tên người nhận",
        ["Phone #"] = "Số điện thoại",
        ["Country"] = "Quốc gia",
        ["Province"] = "Tỉnh/Thành phố",
        ["District"] = "Quận/Huyện",
        ["Commune"] = "Phường/Xã",
        ["Detail Address"] = "Địa chỉ chi tiết",
        ["Additional address information"] = "Thông tin địa chỉ bổ sung",
        ["Payment Method"] = "Phương thức thanh toán",
        ["Weight(kg)"] = "Khối lượng (kg)",
        ["Product Category"] = "Ngành hàng",
        ["Package ID"] = "Mã kiện hàng",
        ["Seller Note"] = "Ghi chú của người bán",
        ["Checked Status"] = "Trạng thái kiểm tra",
        ["Checked Marked by"] = "Người đánh dấu đã kiểm tra",
    };

    /// <summary>The description cell for each header, in order; throws for a header without one.</summary>
    public static SheetCell[] For(IReadOnlyList<string> headers) =>
        headers.Select(h => ByHeader.TryGetValue(h, out var text)
            ? SheetCell.Of(text)
            : throw new InvalidOperationException($"no description for TikTok column '{h}'")).ToArray();
}
