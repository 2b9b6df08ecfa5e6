"""Header lists and hand-chosen rows shared by make_csv_fixtures.py and make_xlsx_fixtures.py.

Every value here was picked by hand; the tests state the OrderLines they expect from them
independently (see Analytics.Tests/Import/*). Buyer values are fake but plausible, and the
PII tests check that none of them ever reaches an OrderLine or a RejectedRow.
"""

# TikTok Shop VN "All orders", 54 columns, verbatim from shared/formats.md section 1.
TIKTOK_54 = [
    "Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order", "SKU ID", "Seller SKU",
    "Product Name", "Variation", "Quantity", "Sku Quantity of return", "SKU Unit Original Price", "SKU Subtotal Before Discount",
    "SKU Platform Discount", "SKU Seller Discount", "SKU Subtotal After Discount", "Shipping Fee After Discount",
    "Original Shipping Fee", "Shipping Fee Seller Discount", "Shipping Fee Platform Discount", "Payment platform discount",
    "Taxes", "Order Amount", "Order Refund Amount", "Created Time", "Paid Time", "RTS Time", "Shipped Time", "Delivered Time",
    "Cancelled Time", "Cancel By", "Cancel Reason", "Fulfillment Type", "Warehouse Name", "Tracking ID", "Delivery Option",
    "Shipping Provider Name", "Buyer Message", "Buyer Username", "Recipient", "Phone #", "Country", "Province", "District",
    "Commune", "Detail Address", "Additional address information", "Payment Method", "Weight(kg)", "Product Category",
    "Package ID", "Seller Note", "Checked Status", "Checked Marked by",
]
assert len(TIKTOK_54) == 54

# The 2026 layout adds two columns whose position is undocumented. The fixture reverses the
# whole list, so that any reader indexing by position fails loudly.
TIKTOK_56_REORDERED = list(reversed(TIKTOK_54 + ["Order Channel", "Creator Handle"]))
assert len(TIKTOK_56_REORDERED) == 56

# Shopee VN "Order.all", 63 columns, verbatim from shared/formats.md section 3; index 29 varies.
SHOPEE_63 = [
    "Mã đơn hàng", "Mã Kiện Hàng", "Ngày đặt hàng", "Trạng Thái Đơn Hàng", "Sản Phẩm Bán Chạy", "Lý do hủy", "Nhận xét từ Người mua",
    "Mã vận đơn", "Đơn Vị Vận Chuyển", "Phương thức giao hàng", "Loại đơn hàng", "Ngày giao hàng dự kiến", "Ngày gửi hàng",
    "Thời gian giao hàng", "Trạng thái Trả hàng/Hoàn tiền", "SKU sản phẩm", "Tên sản phẩm", "Cân nặng sản phẩm", "Tổng cân nặng",
    "Tên kho hàng", "SKU phân loại hàng", "Tên phân loại hàng", "Giá gốc", "Người bán trợ giá", "Được Shopee trợ giá",
    "Tổng số tiền được người bán trợ giá", "Giá ưu đãi", "Số lượng", "Số lượng sản phẩm được hoàn trả", "<col 29>",
    "Tổng giá trị đơn hàng (VND)", "Mã giảm giá của Shop", "Hoàn Xu", "Mã giảm giá của Shopee", "Chỉ tiêu Combo Khuyến Mãi",
    "Giảm giá từ combo Shopee", "Giảm giá từ Combo của Shop", "Shopee Xu được hoàn", "Số tiền được giảm khi thanh toán bằng thẻ Ghi nợ",
    "Trade-in Discount", "Trade-in Bonus", "Phí vận chuyển (dự kiến)", "Trade-in Bonus by Seller", "Phí vận chuyển mà người mua trả",
    "Phí vận chuyển tài trợ bởi Shopee (dự kiến)", "Phí vận chuyển trả hàng (đơn Trả hàng/hoàn tiền)",
    "Tổng số tiền người mua thanh toán", "Thời gian hoàn thành đơn hàng", "Thời gian đơn hàng được thanh toán",
    "Phương thức thanh toán", "Phí cố định", "Phí Dịch Vụ", "Phí thanh toán", "Tiền ký quỹ", "Người Mua", "Tên Người nhận",
    "Số điện thoại", "Tỉnh/Thành phố", "TP / Quận / Huyện", "Quận", "Địa chỉ nhận hàng", "Quốc gia", "Ghi chú",
]
assert len(SHOPEE_63) == 63 and SHOPEE_63[46] == "Tổng số tiền người mua thanh toán"


def shopee_headers(col29):
    headers = list(SHOPEE_63)
    headers[29] = col29
    return headers


SHOPEE_COL29_PRODUCT_TOTAL = "Tổng giá bán (sản phẩm)"
SHOPEE_COL29_BUYER_PAID = "Tổng số tiền Người mua thanh toán"

# Fake buyers. Analytics.Tests/Import/BuyerPrivacyTests.cs lists the same strings.
TIKTOK_BUYERS = [
    {"Buyer Username": "thuynguyen_9x", "Recipient": "Nguyễn Thị Thùy", "Phone #": "(+84)912***678",
     "Detail Address": "Số 12, ngõ 34 phố Huế", "Buyer Message": "Giao giờ hành chính giúp em"},
    {"Buyer Username": "minhanh.shop99", "Recipient": "Trần Minh Anh", "Phone #": "(+84)987***321",
     "Detail Address": "45/6 Lê Văn Sỹ, Phường 13"},
    {"Buyer Username": "ngoclan_2k1", "Recipient": "Lê Ngọc Lan", "Phone #": "(+84)903***115",
     "Detail Address": "Chung cư Sky Garden, lô B2"},
    {"Buyer Username": "quanghuy.vn", "Recipient": "Phạm Quang Huy", "Phone #": "(+84)938***402",
     "Detail Address": "27 Trần Hưng Đạo, tổ 5"},
    # No comma anywhere, so nothing in this buyer's row is quoted (used after an unclosed quote).
    {"Buyer Username": "vanbao_88", "Recipient": "Võ Văn Bảo", "Phone #": "(+84)977***006",
     "Detail Address": "Ấp 4 xã Tân Phú Đông"},
]
TIKTOK_REGION = {"Country": "Việt Nam", "Province": "Hà Nội", "District": "Quận Hai Bà Trưng", "Commune": "Phường Bạch Đằng"}

SHOPEE_BUYERS = [
    {"Người Mua": "hoa.pham_shopping", "Tên Người nhận": "Phạm Thị Hoa", "Số điện thoại": "84935123456",
     "Địa chỉ nhận hàng": "88 Nguyễn Trãi, Phường Bến Thành", "Nhận xét từ Người mua": "Đóng gói kỹ giúp mình"},
    {"Người Mua": "tuananh1995", "Tên Người nhận": "Đỗ Tuấn Anh", "Số điện thoại": "84978654321",
     "Địa chỉ nhận hàng": "Thôn 3, xã Hòa Phú"},
]
SHOPEE_REGION = {"Tỉnh/Thành phố": "TP. Hồ Chí Minh", "TP / Quận / Huyện": "Quận 1", "Quận": "Quận 1", "Quốc gia": "VN"}


def tiktok_buyer(i):
    row = dict(TIKTOK_BUYERS[i % len(TIKTOK_BUYERS)])
    row.update(TIKTOK_REGION)
    return row


def shopee_buyer(i):
    row = dict(SHOPEE_BUYERS[i % len(SHOPEE_BUYERS)])
    row.update(SHOPEE_REGION)
    return row


def tiktok_description(headers):
    """The Vietnamese description row TikTok writes under the header (row 2)."""
    known = {
        "Order ID": "Mã đơn hàng duy nhất trên nền tảng",
        "Order Status": "Trạng thái hiện tại của đơn hàng",
        "Quantity": "Số lượng SKU trong đơn hàng",
        "SKU Subtotal After Discount": "Tổng tiền SKU sau giảm giá",
        "Created Time": "Thời gian tạo đơn hàng",
        "Buyer Username": "Tên người dùng của người mua",
    }
    return [known.get(h, "Mô tả cột " + h) for h in headers]


def row_for(headers, values):
    """One row in header order; columns not given are empty. Fails on a misspelt column."""
    unknown = set(values) - set(headers)
    assert not unknown, unknown
    return [values.get(h, "") for h in headers]


# --- TikTok VN 54-column golden rows (tiktok_vn_54_bom.csv) ---
TIKTOK_VN_54_ROWS = [
    dict(**{"Order ID": "578123456789012345", "Order Status": "Đã hoàn tất", "Order Substatus": "Đã giao",
            "Normal or Pre-order": "Normal", "SKU ID": "1729384756102938", "Seller SKU": "AT-BASIC-DEN-M",
            "Product Name": 'Áo thun "Basic", cotton 100%', "Variation": "Đen, M", "Quantity": "2",
            "SKU Unit Original Price": "650,000", "SKU Subtotal Before Discount": "1,300,000", "SKU Platform Discount": "0",
            "SKU Seller Discount": "50,000", "SKU Subtotal After Discount": "1,250,000", "Order Amount": "1,280,000",
            "Created Time": "05/05/2026 23:22:02", "Paid Time": "05/05/2026 23:25:10", "Payment Method": "COD"},
         **tiktok_buyer(0)),
    dict(**{"Order ID": "5781234567890123456", "Order Status": "Đã hủy", "Order Substatus": "Đã hủy",
            "Cancelation/Return Type": "Cancel", "Normal or Pre-order": "Normal", "SKU ID": "1729384756100001",
            "Seller SKU": "QJ-ONGRONG-30", "Product Name": "Quần jean ống rộng", "Variation": "Xanh, 30", "Quantity": "1",
            "SKU Unit Original Price": "450,000", "SKU Subtotal After Discount": "399,000", "Order Amount": "414,000",
            "Created Time": "06/05/2026 08:05:00", "Cancelled Time": "06/05/2026 09:00:00", "Cancel By": "Người mua",
            "Cancel Reason": "Đổi ý"},
         **tiktok_buyer(1)),
    dict(**{"Order ID": "578123456789012345", "Order Status": "Đã hoàn tất", "Order Substatus": "Đã giao",
            "Normal or Pre-order": "Normal", "SKU ID": "1729384756105555", "Seller SKU": "NON-LUOITRAI",
            "Product Name": "Nón lưỡi trai", "Quantity": "1", "SKU Unit Original Price": "120,000",
            "SKU Subtotal After Discount": "99,000", "Order Amount": "1,280,000", "Created Time": "05/05/2026 23:22:02"},
         **tiktok_buyer(0)),
    dict(**{"Order ID": "578200000000000001", "Order Status": "Đã vận chuyển", "Order Substatus": "Đang vận chuyển",
            "Normal or Pre-order": "Normal", "SKU ID": "1729384756107777", "Seller SKU": "VO-COTTON",
            "Product Name": "Vớ cotton (combo 3 đôi)", "Quantity": "3", "SKU Unit Original Price": "35,000",
            "SKU Subtotal After Discount": "105,000", "Order Amount": "120,000", "Created Time": "31/05/2026 00:00:00"},
         **tiktok_buyer(2)),
    dict(**{"Order ID": "578200000000000002", "Order Status": "Đã hoàn tất", "Order Substatus": "Đã giao",
            "Cancelation/Return Type": "Return/Refund", "Normal or Pre-order": "Normal", "SKU ID": "1729384756109999",
            "Seller SKU": "", "Product Name": "Váy hoa nhí", "Quantity": "1", "SKU Unit Original Price": "1,050,000",
            "SKU Subtotal After Discount": "1,050,000", "Order Amount": "1,065,000", "Order Refund Amount": "1,050,000",
            "Created Time": "01/06/2026 12:00:00"},
         **tiktok_buyer(3)),
]

# --- TikTok VN 56-column rows, columns reversed (tiktok_vn_56_reordered.csv) ---
TIKTOK_VN_56_ROWS = [
    dict(**{"Order ID": "579000000000000101", "Order Status": "Đã hoàn tất", "Order Channel": "LIVE", "Creator Handle": "0",
            "SKU ID": "1730000000000101", "Seller SKU": "SON-MOI-01", "Product Name": "Son môi lì, màu đỏ", "Quantity": "1",
            "SKU Unit Original Price": "199,000", "SKU Subtotal After Discount": "189,000", "Order Amount": "204,000",
            "Created Time": "02/08/2026 20:15:30"},
         **tiktok_buyer(1)),
    dict(**{"Order ID": "579000000000000102", "Order Status": "Đã vận chuyển", "Order Channel": "Videos",
            "Creator Handle": "review.cung.linh", "SKU ID": "1730000000000102", "Seller SKU": "KEM-CHONG-NANG",
            "Product Name": "Kem chống nắng SPF50", "Quantity": "2", "SKU Unit Original Price": "290,000",
            "SKU Subtotal After Discount": "540,000", "Order Amount": "540,000", "Created Time": "02/08/2026 21:00:00"},
         **tiktok_buyer(2)),
    dict(**{"Order ID": "579000000000000103", "Order Status": "Đã hủy", "Cancelation/Return Type": "Cancel",
            "Order Channel": "Product cards", "Creator Handle": "", "SKU ID": "1730000000000103", "Seller SKU": "BANG-DO",
            "Product Name": "Băng đô vải", "Quantity": "1", "SKU Unit Original Price": "75,000",
            "SKU Subtotal After Discount": "75,000", "Order Amount": "90,000", "Created Time": "03/08/2026 09:59:59"},
         **tiktok_buyer(3)),
]

# --- TikTok US rows, month-first 12-hour dates (tiktok_us.csv) ---
TIKTOK_US_ROWS = [
    dict(**{"Order ID": "576900000000000001", "Order Status": "Completed", "SKU ID": "1729000000000001",
            "Seller SKU": "MUG-11OZ", "Product Name": "Ceramic mug, 11 oz", "Quantity": "1", "SKU Unit Original Price": "29.99",
            "SKU Subtotal After Discount": "25.99", "Order Amount": "31.98", "Created Time": "12/15/2025 9:30:33 AM"},
         **tiktok_buyer(0)),
    dict(**{"Order ID": "576900000000000002", "Order Status": "Canceled", "Cancelation/Return Type": "Cancel",
            "SKU ID": "1729000000000002", "Seller SKU": "LAMP-DESK", "Product Name": "Desk lamp", "Quantity": "2",
            "SKU Unit Original Price": "650.00", "SKU Subtotal After Discount": "1,250.50", "Order Amount": "1,262.49",
            "Created Time": "12/15/2025 12:05:00 AM"},
         **tiktok_buyer(1)),
    dict(**{"Order ID": "576900000000000003", "Order Status": "Shipped", "SKU ID": "1729000000000003",
            "Seller SKU": "SOCKS-3P", "Product Name": "Socks 3-pack", "Quantity": "1", "SKU Unit Original Price": "12.00",
            "SKU Subtotal After Discount": "12.00", "Order Amount": "17.99", "Created Time": "01/02/2026 12:45:10 PM"},
         **tiktok_buyer(2)),
]

# --- Shopee VN rows; the same rows are written under both names of column 29 ---
# "line" is column 29 (the line total); "paid" is column 46 (what the buyer paid for the whole
# order, shipping included): a reader that takes column 46 gets a different number.
SHOPEE_ROWS = [
    dict(**{"Mã đơn hàng": "260501ABCD1234", "Ngày đặt hàng": "2026-05-01 20:15", "Trạng Thái Đơn Hàng": "Hoàn thành",
            "SKU sản phẩm": "AK-LEN-01", "Tên sản phẩm": "Áo khoác len, dáng rộng", "SKU phân loại hàng": "AK-LEN-01-BE",
            "Tên phân loại hàng": "Be", "Giá gốc": "650.000", "Giá ưu đãi": "625.000", "Số lượng": "2",
            "line": "1.250.000", "Tổng giá trị đơn hàng (VND)": "1.250.000", "Tổng số tiền người mua thanh toán": "1.265.000"},
         **shopee_buyer(0)),
    dict(**{"Mã đơn hàng": "260501EFGH5678", "Ngày đặt hàng": "2026-05-01 21:40", "Trạng Thái Đơn Hàng": "Đã hủy",
            "Lý do hủy": "Người mua đổi ý", "SKU sản phẩm": "QS-KAKI", "Tên sản phẩm": "Quần short kaki",
            "SKU phân loại hàng": "QS-KAKI-32", "Giá gốc": "289.000", "Giá ưu đãi": "289.000", "Số lượng": "1",
            "line": "289.000", "Tổng giá trị đơn hàng (VND)": "289.000", "Tổng số tiền người mua thanh toán": "319.000"},
         **shopee_buyer(1)),
    dict(**{"Mã đơn hàng": "260502JKLM9012", "Ngày đặt hàng": "2026-05-02 09:05", "Trạng Thái Đơn Hàng": "Đang giao",
            "SKU sản phẩm": "TAT-CO-NGAN", "Tên sản phẩm": "Tất cổ ngắn", "SKU phân loại hàng": "TAT-CO-NGAN-TRANG",
            "Giá gốc": "29.000", "Giá ưu đãi": "29.000", "Số lượng": "3", "line": "87.000",
            "Tổng giá trị đơn hàng (VND)": "87.000", "Tổng số tiền người mua thanh toán": "117.000"},
         **shopee_buyer(0)),
    dict(**{"Mã đơn hàng": "260503NOPQ3456", "Ngày đặt hàng": "2026-05-03 18:30",
            "Trạng Thái Đơn Hàng": "Người mua xác nhận đã nhận hàng", "SKU sản phẩm": "TUI-TOTE",
            "Tên sản phẩm": "Túi tote canvas", "SKU phân loại hàng": "TUI-TOTE-DEN", "Giá gốc": "450.000",
            "Giá ưu đãi": "450.000", "Số lượng": "1", "line": "450.000", "Tổng giá trị đơn hàng (VND)": "450.000",
            "Tổng số tiền người mua thanh toán": "480.000"},
         **shopee_buyer(1)),
    dict(**{"Mã đơn hàng": "260503RSTU7890", "Ngày đặt hàng": "2026-05-03 22:59", "Trạng Thái Đơn Hàng": "Hoàn thành",
            "Trạng thái Trả hàng/Hoàn tiền": "Đã hoàn tiền", "SKU sản phẩm": "KINH-RAM", "Tên sản phẩm": "Kính râm gọng tròn",
            "SKU phân loại hàng": "KINH-RAM-NAU", "Giá gốc": "199.000", "Giá ưu đãi": "199.000", "Số lượng": "1",
            "line": "199.000", "Tổng giá trị đơn hàng (VND)": "199.000", "Tổng số tiền người mua thanh toán": "229.000"},
         **shopee_buyer(0)),
]


def shopee_row(headers, values):
    values = dict(values)
    values[headers[29]] = values.pop("line")
    return row_for(headers, values)
