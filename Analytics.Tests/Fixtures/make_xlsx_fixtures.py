#!/usr/bin/env python3
"""Writes the .xlsx fixtures with nothing but zipfile, so every byte of the sheet XML is chosen here.

- tiktok_vn_54.xlsx: sheet OrderSKUList, header, Vietnamese description row, 3 data rows with an
  empty sheet row 5 between the second and the third. Some
  amounts and quantities are numeric cells, one Created Time is an Excel date cell (date number
  format in styles.xml), the others are text as TikTok writes them.
- tiktok_vn_54_stale_dimension.xlsx: the same cells, but the sheet declares <dimension ref="A1:A1"/>.
- tiktok_vn_54_row_per_cell.xlsx: the same cells, stale dimension, and one <row> element per cell.
- tiktok_vn_54_rejects.xlsx: two bad rows (sheet rows 4 and 6) around an absent row 5.
- csv_saved_as.xlsx, truncated.xlsx: not spreadsheets at all (renamed CSV text; a cut-short download).
- shopee_vn_63_buyer_paid.xlsx: Shopee rows where column 29 is "Tổng số tiền Người mua thanh toán".
Run: python3 make_xlsx_fixtures.py
"""
import datetime
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fixture_rows import (  # noqa: E402
    SHOPEE_COL29_BUYER_PAID, SHOPEE_ROWS, TIKTOK_54, row_for, shopee_headers, shopee_row, tiktok_buyer, tiktok_description,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2026, 1, 1, 0, 0, 0)  # zip entry timestamps, so reruns give identical files


class Num:
    """A numeric cell."""
    def __init__(self, value):
        self.value = value


class Date:
    """A date cell: an Excel serial number with a date number format (style 1)."""
    def __init__(self, *parts):
        self.value = datetime.datetime(*parts)


def excel_serial(moment):
    delta = moment - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_xml(ref, value, strings):
    if isinstance(value, Num):
        return f'<c r="{ref}"><v>{value.value}</v></c>'
    if isinstance(value, Date):
        return f'<c r="{ref}" s="1"><v>{excel_serial(value.value)!r}</v></c>'
    if value == "":
        return ""
    if value not in strings:
        strings[value] = len(strings)
    return f'<c r="{ref}" t="s"><v>{strings[value]}</v></c>'


def sheet_xml(rows, strings, dimension, row_per_cell):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
           f'<dimension ref="{dimension}"/>', "<sheetData>"]
    for r, row in enumerate(rows, start=1):
        cells = [cell_xml(f"{column_letter(c)}{r}", v, strings) for c, v in enumerate(row)]
        cells = [c for c in cells if c]
        if not cells:
            continue  # as Excel does, an empty row has no <row> element at all
        if row_per_cell:
            out.extend(f'<row r="{r}">{c}</row>' for c in cells)
        else:
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_xlsx(name, sheet_name, rows, dimension=None, row_per_cell=False):
    strings = {}
    width = max(len(r) for r in rows)
    dimension = dimension or f"A1:{column_letter(width - 1)}{len(rows)}"
    sheet = sheet_xml(rows, strings, dimension, row_per_cell)
    shared = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">']
    shared += [f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings]
    shared.append("</sst>")
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>',
        # Style 1 is a custom date-time format, so the reader types those cells as dates.
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": "".join(shared),
    }
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def tiktok_rows():
    rows = [
        {"Order ID": "580100000000000001", "Order Status": "Đã hoàn tất", "SKU ID": "1732000000000001",
         "Seller SKU": "DAM-MAXI", "Product Name": "Đầm maxi đi biển", "Quantity": Num(2),
         "SKU Subtotal After Discount": Num(1250000), "Created Time": Date(2026, 5, 5, 23, 22, 2)},
        {"Order ID": "580100000000000002", "Order Status": "Đã hủy", "Cancelation/Return Type": "Cancel",
         "SKU ID": "1732000000000002", "Seller SKU": "AO-SOMI", "Product Name": "Áo sơ mi lụa", "Quantity": Num(1),
         "SKU Subtotal After Discount": "399,000", "Created Time": "06/05/2026 08:05:00"},
        {"Order ID": "580100000000000003", "Order Status": "Đã vận chuyển", "SKU ID": "1732000000000003",
         "Seller SKU": "VO-COTTON", "Product Name": "Vớ cotton", "Quantity": "3",
         "SKU Subtotal After Discount": Num(105000), "Created Time": Date(2026, 5, 31, 0, 0, 0)},
    ]
    for i, row in enumerate(rows):
        row.update(tiktok_buyer(i))
    data = [row_for(TIKTOK_54, r) for r in rows]
    # Sheet row 5 is empty (no <row> element): row numbers must still be the sheet's.
    return [TIKTOK_54, tiktok_description(TIKTOK_54), data[0], data[1], [], data[2]]


def tiktok_reject_rows():
    def row(order_id, quantity, amount, created, buyer):
        values = {"Order ID": order_id, "Order Status": "Đã hoàn tất", "SKU ID": "17330000000000" + order_id[-2:],
                  "Seller SKU": "XR-" + order_id[-2:], "Product Name": "Áo khoác gió", "Quantity": quantity,
                  "SKU Subtotal After Discount": amount, "Created Time": created}
        values.update(tiktok_buyer(buyer))
        return row_for(TIKTOK_54, values)

    return [
        TIKTOK_54,                                                                    # sheet row 1
        tiktok_description(TIKTOK_54),                                                # 2
        row("580200000000000001", Num(1), Num(250000), "07/05/2026 19:00:00", 0),    # 3 good
        row("580200000000000002", Num(1), "1.2.3", "07/05/2026 19:05:00", 1),        # 4 bad amount
        [],                                                                           # 5 absent from the sheet
        row("580200000000000003", Num(1), Num(250000), "31/02/2026 19:10:00", 2),    # 6 no 31 February
        row("580200000000000004", Num(2), Num(500000), Date(2026, 5, 7, 19, 15, 0), 3),  # 7 good, date cell
    ]


def shopee_rows():
    headers = shopee_headers(SHOPEE_COL29_BUYER_PAID)
    rows = [shopee_row(headers, r) for r in SHOPEE_ROWS]
    # One line total as a numeric cell instead of dot-thousands text.
    rows[3][29] = Num(450000)
    return [headers] + rows


if __name__ == "__main__":
    write_xlsx("tiktok_vn_54.xlsx", "OrderSKUList", tiktok_rows())
    write_xlsx("tiktok_vn_54_stale_dimension.xlsx", "OrderSKUList", tiktok_rows(), dimension="A1:A1")
    write_xlsx("tiktok_vn_54_row_per_cell.xlsx", "OrderSKUList", tiktok_rows(), dimension="A1:A1", row_per_cell=True)
    write_xlsx("shopee_vn_63_buyer_paid.xlsx", "orders", shopee_rows())
    write_xlsx("tiktok_vn_54_rejects.xlsx", "OrderSKUList", tiktok_reject_rows())
    # Files that only claim to be spreadsheets: CSV text renamed, and a download cut short.
    with open(os.path.join(HERE, "csv_saved_as.xlsx"), "wb") as f:
        f.write(b"Order ID,Seller SKU\n578000000000000001,X\n")
    with open(os.path.join(HERE, "tiktok_vn_54.xlsx"), "rb") as f:
        head = f.read(1500)
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(head)
