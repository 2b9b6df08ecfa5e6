#!/usr/bin/env python3
"""Writes the wide CSV fixtures (54/56/63 columns are too wide to type by hand).

The values are hand-chosen in fixture_rows.py and below; the tests spell out the OrderLines and
rejects they expect. Run from anywhere: python3 make_csv_fixtures.py
The small generic_*.csv and unrecognised.csv fixtures are written by hand and are not produced here.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fixture_rows import (  # noqa: E402
    SHOPEE_COL29_PRODUCT_TOTAL, SHOPEE_ROWS, TIKTOK_54, TIKTOK_56_REORDERED, TIKTOK_US_ROWS, TIKTOK_VN_54_ROWS,
    TIKTOK_VN_56_ROWS, row_for, shopee_buyer, shopee_headers, shopee_row, tiktok_buyer, tiktok_description,
)

HERE = os.path.dirname(os.path.abspath(__file__))


def field(value, sep=","):
    """RFC 4180 quoting, only where needed."""
    if any(c in value for c in (sep, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def line(cells, sep=","):
    return sep.join(field(c, sep) for c in cells)


def write(name, lines, bom=False, newline="\n"):
    text = newline.join(lines) + newline
    with open(os.path.join(HERE, name), "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(text.encode("utf-8"))


def tiktok_golden():
    # UTF-8 with BOM, CRLF, header + Vietnamese description row + 5 data rows.
    write("tiktok_vn_54_bom.csv",
          [line(TIKTOK_54), line(tiktok_description(TIKTOK_54))] + [line(row_for(TIKTOK_54, r)) for r in TIKTOK_VN_54_ROWS],
          bom=True, newline="\r\n")
    # No BOM, LF, a title row above the header, columns reversed, no description row.
    write("tiktok_vn_56_reordered.csv",
          ["Tất cả đơn hàng-2026-08-04-11_54", line(TIKTOK_56_REORDERED)]
          + [line(row_for(TIKTOK_56_REORDERED, r)) for r in TIKTOK_VN_56_ROWS])
    # US market: English description row, month-first 12-hour times.
    write("tiktok_us.csv",
          [line(TIKTOK_54), line(["Platform unique order ID." if h == "Order ID" else "" for h in TIKTOK_54])]
          + [line(row_for(TIKTOK_54, r)) for r in TIKTOK_US_ROWS])
    # Recognisable (anchors present, 53 columns) but without the line amount column.
    missing = [h for h in TIKTOK_54 if h != "SKU Subtotal After Discount"]
    write("tiktok_vn_without_amount.csv",
          [line(missing), line(row_for(missing, {"Order ID": "578000000000000001", "Seller SKU": "X", "Quantity": "1",
                                                 "Created Time": "05/05/2026 10:00:00"}))])
    # Anchors present but only 5 columns: what a stale-dimension sheet looks like to a naive reader.
    narrow = ["Order ID", "Seller SKU", "Quantity", "SKU Subtotal After Discount", "Created Time"]
    write("tiktok_vn_narrow.csv", [line(narrow), line(["578000000000000001", "X", "1", "100,000", "05/05/2026 10:00:00"])])


def shopee_golden():
    headers = shopee_headers(SHOPEE_COL29_PRODUCT_TOTAL)
    write("shopee_vn_63_product_total.csv", [line(headers)] + [line(shopee_row(headers, r)) for r in SHOPEE_ROWS])


def tiktok_good(order_id, sku_id, name, quantity, amount, created, buyer, status="Đã hoàn tất", cancel=""):
    values = {"Order ID": order_id, "Order Status": status, "Cancelation/Return Type": cancel, "SKU ID": sku_id,
              "Seller SKU": "RJ-" + sku_id[-2:], "Product Name": name, "Quantity": quantity,
              "SKU Subtotal After Discount": amount, "Created Time": created}
    values.update(tiktok_buyer(buyer))
    return row_for(TIKTOK_54, values)


def with_raw(cells, column, raw):
    """The row as CSV text, with one field written raw (for malformed quoting)."""
    parts = [field(c) for c in cells]
    parts[TIKTOK_54.index(column)] = raw
    return ",".join(parts)


def tiktok_rejects():
    # Physical lines are listed on the right; Analytics.Tests/Import/RejectsAccountingTests.cs relies on them.
    g1 = tiktok_good("578300000000000001", "1731000000000001", "Áo polo", "1", "350,000", "10/05/2026 20:00:00", 0)
    g2 = tiktok_good("578300000000000007", "1731000000000007", "Khăn lụa\nhọa tiết", "2", "220,000", "10/05/2026 20:30:00", 1)
    g3 = tiktok_good("578300000000000010", "1731000000000010", "Ví da mini", "1", "99,000", "11/05/2026 09:15:00", 2,
                     status="Đã hủy", cancel="Cancel")
    lines = [
        line(TIKTOK_54),                                                                                     # 1 header
        line(tiktok_description(TIKTOK_54)),                                                                 # 2 description
        line(g1),                                                                                            # 3 good
        line(tiktok_good("578300000000000002", "1731000000000002", "Áo len", "1", "150,000", "32/05/2026 10:00:00", 3)),  # 4 bad date
        line(tiktok_good("578300000000000003", "1731000000000003", "Áo len", "1.2.3", "150,000", "10/05/2026 21:00:00", 0)),  # 5 bad quantity
        line(tiktok_good("578300000000000004", "1731000000000004", "Áo len", "1", "abc", "10/05/2026 21:00:00", 1)),  # 6 bad amount
        line(tiktok_good("", "1731000000000005", "Áo len", "1", "150,000", "10/05/2026 21:00:00", 2)),       # 7 no order id
        line(tiktok_good("57830000000000A006", "1731000000000006", "Áo len", "1", "150,000", "10/05/2026 21:00:00", 3)),  # 8 id not digits
        "",                                                                                                  # 9 blank
        "," * (len(TIKTOK_54) - 1),                                                                          # 10 blank (separators only)
        line(g2),                                                                                            # 11-12 good, newline in a quoted field
        line(tiktok_good("578300000000000008", "1731000000000008", "Áo len", "1", "1,23", "10/05/2026 21:00:00", 0)),  # 13 misplaced grouping
        with_raw(tiktok_good("578300000000000009", "1731000000000009", "", "1", "150,000", "10/05/2026 21:00:00", 1),
                 "Product Name", '"Mũ "bucket" vải"'),                                                        # 14 malformed quotes
        line(g3),                                                                                            # 15 good (cancelled)
        line(tiktok_good("578300000000000011", "1731000000000011", "Áo len", "1", "99,999,999,999,999,999", "10/05/2026 21:00:00", 2)),  # 16 amount out of range
        with_raw(tiktok_good("578300000000000012", "1731000000000012", "", "1", "150000", "10/05/2026 21:00:00", 4),
                 "Product Name", '"Dép lê quai ngang'),                                                      # 17 quote never closed
        # (no quote follows on line 17, so the open quote runs to the end of the file, buyer columns included)
    ]
    write("tiktok_vn_rejects.csv", lines, bom=True)

    # A later export overlapping the first: three lines seen before, one new line, and the line
    # whose date was unreadable in the first file, now readable.
    g4 = tiktok_good("578300000000000013", "1731000000000013", "Thắt lưng da", "1", "150,000", "12/05/2026 10:00:00", 0)
    fixed = tiktok_good("578300000000000002", "1731000000000002", "Áo len", "1", "150,000", "12/05/2026 10:00:00", 3)
    g2_later = list(g2)
    g2_later[TIKTOK_54.index("Order Status")] = "Đã vận chuyển"
    write("tiktok_vn_rejects_overlap.csv", [
        line(TIKTOK_54),     # 1 header
        line(g1),            # 2 duplicate
        line(g2_later),      # 3-4 duplicate (same line, newer status)
        line(g3),            # 5 duplicate
        line(g4),            # 6 new
        line(fixed),         # 7 new (was rejected in the first file)
    ], bom=True)


def shopee_rejects():
    headers = shopee_headers(SHOPEE_COL29_PRODUCT_TOTAL)

    def row(order_id, created, quantity, amount, buyer):
        values = {"Mã đơn hàng": order_id, "Ngày đặt hàng": created, "Trạng Thái Đơn Hàng": "Hoàn thành",
                  "SKU sản phẩm": "SP-" + order_id[-2:], "Tên sản phẩm": "Dây buộc tóc", "SKU phân loại hàng": "PL-" + order_id[-2:],
                  "Số lượng": quantity, headers[29]: amount, "Tổng số tiền người mua thanh toán": "999.000"}
        values.update(shopee_buyer(buyer))
        return line(row_for(headers, values))

    write("shopee_vn_rejects.csv", [
        line(headers),                                            # 1 header
        row("260510AAAA0001", "2026-05-10 20:00", "1", "35.000", 0),    # 2 good
        row("260510AAAA0002", "2026-13-10 20:00", "1", "35.000", 1),    # 3 bad date (month 13)
        row("260510AAAA0003", "2026-05-10 20:05", "abc", "35.000", 0),  # 4 bad quantity
        row("260510AAAA0004", "2026-05-10 20:10", "1", "1.2.3", 1),     # 5 bad amount
        row("", "2026-05-10 20:15", "1", "35.000", 0),                  # 6 no order id
        row("260510AAAA0006", "2026-05-10 20:20", "2", "70.000", 1),    # 7 good
    ])


if __name__ == "__main__":
    tiktok_golden()
    shopee_golden()
    tiktok_rejects()
    shopee_rejects()
