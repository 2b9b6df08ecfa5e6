using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// The order export layouts LivePeak recognises, from <c>shared/formats.md</c>. Header lists are
/// verbatim; aliases cover older and other-market names.
/// </summary>
public static class KnownOrderLayouts
{
    /// <summary>TikTok Shop VN "All orders", 54 columns (2024-25). The 2026 layout adds two.</summary>
    public static readonly IReadOnlyList<string> TikTokHeaders54 =
    [
        "Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order", "SKU ID", "Seller SKU",
        "Product Name", "Variation", "Quantity", "Sku Quantity of return", "SKU Unit Original Price", "SKU Subtotal Before Discount",
        "SKU Platform Discount", "SKU Seller Discount", "SKU Subtotal After Discount", "Shipping Fee After Discount",
        "Original Shipping Fee", "Shipping Fee Seller Discount", "Shipping Fee Platform Discount", "Payment platform discount",
        "Taxes", "Order Amount", "Order Refund Amount", "Created Time", "Paid Time", "RTS Time", "Shipped Time", "Delivered Time",
        "Cancelled Time", "Cancel By", "Cancel Reason", "Fulfillment Type", "Warehouse Name", "Tracking ID", "Delivery Option",
        "Shipping Provider Name", "Buyer Message", "Buyer Username", "Recipient", "Phone #", "Country", "Province", "District",
        "Commune", "Detail Address", "Additional address information", "Payment Method", "Weight(kg)", "Product Category",
        "Package ID", "Seller Note", "Checked Status", "Checked Marked by",
    ];

    /// <summary>TikTok Shop VN 2026 layout: the 54 plus <c>Order Channel</c> and <c>Creator Handle</c>.
    /// Where the two sit is not documented; they are placed after <c>Normal or Pre-order</c> here.</summary>
    public static readonly IReadOnlyList<string> TikTokHeaders56 =
        [.. TikTokHeaders54.Take(5), "Order Channel", "Creator Handle", .. TikTokHeaders54.Skip(5)];

    /// <summary>Shopee VN "Order.all", 63 columns (2025-26), column 29 as most parsers name it.</summary>
    public static readonly IReadOnlyList<string> ShopeeHeaders63 =
    [
        "Mã đơn hàng", "Mã Kiện Hàng", "Ngày đặt hàng", "Trạng Thái Đơn Hàng", "Sản Phẩm Bán Chạy", "Lý do hủy", "Nhận xét từ Người mua",
        "Mã vận đơn", "Đơn Vị Vận Chuyển", "Phương thức giao hàng", "Loại đơn hàng", "Ngày giao hàng dự kiến", "Ngày gửi hàng",
        "Thời gian giao hàng", "Trạng thái Trả hàng/Hoàn tiền", "SKU sản phẩm", "Tên sản phẩm", "Cân nặng sản phẩm", "Tổng cân nặng",
        "Tên kho hàng", "SKU phân loại hàng", "Tên phân loại hàng", "Giá gốc", "Người bán trợ giá", "Được Shopee trợ giá",
        "Tổng số tiền được người bán trợ giá", "Giá ưu đãi", "Số lượng", "Số lượng sản phẩm được hoàn trả", "Tổng giá bán (sản phẩm)",
        "Tổng giá trị đơn hàng (VND)", "Mã giảm giá của Shop", "Hoàn Xu", "Mã giảm giá của Shopee", "Chỉ tiêu Combo Khuyến Mãi",
        "Giảm giá từ combo Shopee", "Giảm giá từ Combo của Shop", "Shopee Xu được hoàn", "Số tiền được giảm khi thanh toán bằng thẻ Ghi nợ",
        "Trade-in Discount", "Trade-in Bonus", "Phí vận chuyển (dự kiến)", "Trade-in Bonus by Seller", "Phí vận chuyển mà người mua trả",
        "Phí vận chuyển tài trợ bởi Shopee (dự kiến)", "Phí vận chuyển trả hàng (đơn Trả hàng/hoàn tiền)",
        "Tổng số tiền người mua thanh toán", "Thời gian hoàn thành đơn hàng", "Thời gian đơn hàng được thanh toán",
        "Phương thức thanh toán", "Phí cố định", "Phí Dịch Vụ", "Phí thanh toán", "Tiền ký quỹ", "Người Mua", "Tên Người nhận",
        "Số điện thoại", "Tỉnh/Thành phố", "TP / Quận / Huyện", "Quận", "Địa chỉ nhận hàng", "Quốc gia", "Ghi chú",
    ];

    /// <summary>The 2026 config's name for column 29; differs from column 46 only in letter case.</summary>
    public const string ShopeeColumn29Alternative = "Tổng số tiền Người mua thanh toán";

    public static readonly OrderLayout TikTok = new()
    {
        Kind = "tiktok-orders",
        Description = "TikTok Shop order export (All orders / Tất cả đơn hàng, OrderSKUList)",
        Platform = Platform.TikTok,
        Anchors = ["Order ID", "Seller SKU"],
        Aliases = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["Order ID"],
            [OrderField.LineId] = ["SKU ID"],
            [OrderField.ProductId] = ["Seller SKU", "SKU ID"],
            [OrderField.ProductName] = ["Product Name"],
            [OrderField.Quantity] = ["Quantity"],
            [OrderField.UnitPrice] = ["SKU Unit Original Price"],
            [OrderField.Amount] = ["SKU Subtotal After Discount"],
            [OrderField.Timestamp] = ["Created Time"],
            [OrderField.Status] = ["Order Status"],
            [OrderField.CancelReturnType] = ["Cancelation/Return Type", "Cancellation/Return Type"],
            [OrderField.Channel] = ["Order Channel"],
        },
        Required = [OrderField.OrderId, OrderField.Quantity, OrderField.Amount],
        TimeFormats = ["dd/MM/yyyy HH:mm:ss", "MM/dd/yyyy h:mm:ss tt", "dd/MM/yyyy HH:mm"],
        Numbers = NumberDialect.CommaThousands,
        MinimumColumns = 40,
        NumericOrderIds = true,
        Headers = TikTokHeaders56,
        BuyerFields = ["Buyer Message", "Buyer Username", "Recipient", "Phone #", "Country", "Province", "District", "Commune",
            "Detail Address", "Additional address information", "Zipcode", "Regency and City", "Districts", "Villages"],
    };

    public static readonly OrderLayout Shopee = new()
    {
        Kind = "shopee-orders",
        Description = "Shopee order export (Order.all)",
        Platform = Platform.Shopee,
        Anchors = ["Mã đơn hàng", "Ngày đặt hàng"],
        Aliases = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["Mã đơn hàng"],
            [OrderField.LineId] = ["SKU phân loại hàng", "Tên phân loại hàng", "SKU sản phẩm"],
            [OrderField.ProductId] = ["SKU sản phẩm", "Tên sản phẩm"],
            [OrderField.ProductName] = ["Tên sản phẩm"],
            [OrderField.Quantity] = ["Số lượng"],
            [OrderField.UnitPrice] = ["Giá ưu đãi"],
            [OrderField.Amount] = ["Tổng giá bán (sản phẩm)", ShopeeColumn29Alternative, "Product Subtotal"],
            [OrderField.Timestamp] = ["Ngày đặt hàng"],
            [OrderField.Status] = ["Trạng Thái Đơn Hàng", "Tình trạng đơn hàng"],
            [OrderField.ReturnStatus] = ["Trạng thái Trả hàng/Hoàn tiền", "Tình trạng Trả hàng / Hoàn tiền"],
        },
        // Column 46 "Tổng số tiền người mua thanh toán" is the order total; only the exact spelling of
        // the column 29 alternative may be taken for the line amount.
        CaseSensitiveAliases = new HashSet<string> { ShopeeColumn29Alternative },
        Required = [OrderField.OrderId, OrderField.Quantity],
        TimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm", "dd-MM-yyyy HH:mm"],
        Numbers = NumberDialect.DotThousands,
        MinimumColumns = 20,
        Headers = ShopeeHeaders63,
        BuyerFields = ["Nhận xét từ Người mua", "Người Mua", "Tên Người nhận", "Số điện thoại", "Tỉnh/Thành phố", "TP / Quận / Huyện",
            "Quận", "Địa chỉ nhận hàng", "Quốc gia", "Ghi chú"],
    };

    /// <summary>LivePeak's own narrow layout: what <c>generate --format canonical</c> writes and the
    /// fast path reads best. Amounts are plain integers or decimals in the shop currency.</summary>
    public static readonly OrderLayout Canonical = new()
    {
        Kind = "canonical-orders",
        Description = "LivePeak canonical order log",
        Platform = Platform.Other,
        Anchors = ["order_id", "created_at", "product_id", "quantity", "amount"],
        Aliases = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["order_id"],
            [OrderField.LineId] = ["line_id"],
            [OrderField.ProductId] = ["product_id"],
            [OrderField.ProductName] = ["product_name"],
            [OrderField.Quantity] = ["quantity"],
            [OrderField.Amount] = ["amount"],
            [OrderField.Timestamp] = ["created_at"],
            [OrderField.Status] = ["status"],
            [OrderField.Channel] = ["channel"],
            [OrderField.Shop] = ["shop"],
            [OrderField.Platform] = ["platform"],
        },
        Required = [OrderField.OrderId, OrderField.Quantity, OrderField.Amount],
        TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"],
        Numbers = NumberDialect.Plain,
        Headers = ["order_id", "created_at", "shop", "product_id", "quantity", "amount"],
    };

    public static readonly IReadOnlyList<OrderLayout> All = [TikTok, Shopee, Canonical];
}
