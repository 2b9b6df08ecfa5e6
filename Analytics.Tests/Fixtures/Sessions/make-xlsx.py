#!/usr/bin/env python3
"""Writes the XLSX LIVE-report fixtures next to this script (python3 make-xlsx.py).

Minimal OOXML by hand with zipfile, so the cell types are exactly what a real export would
carry: shared-string text, plain numbers, Excel date cells (serial + built-in date format 22)
and percentages stored as fractions in a %-formatted numeric cell (built-in format 10, 0.00%).
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# Style indexes in cellXfs below.
PLAIN, DATE, PERCENT = 0, 1, 2


class Date:
    def __init__(self, *parts):
        self.value = datetime.datetime(*parts)

    def serial(self):
        delta = self.value - datetime.datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86400


class Percent:
    def __init__(self, fraction):
        self.fraction = fraction


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def write_xlsx(name, rows):
    strings, string_index = [], {}

    def shared(text):
        if text not in string_index:
            string_index[text] = len(strings)
            strings.append(text)
        return string_index[text]

    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{column_name(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, Date):
                cells.append(f'<c r="{ref}" s="{DATE}"><v>{value.serial()!r}</v></c>')
            elif isinstance(value, Percent):
                cells.append(f'<c r="{ref}" s="{PERCENT}"><v>{value.fraction!r}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')

    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '</cellXfs></styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                     '</Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                     '</Types>')

    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # A fixed timestamp keeps the file byte-identical between runs.
        def put(arcname, text):
            info = zipfile.ZipInfo(arcname, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))

        put("[Content_Types].xml", content_types)
        put("_rels/.rels", root_rels)
        put("xl/workbook.xml", workbook)
        put("xl/_rels/workbook.xml.rels", workbook_rels)
        put("xl/worksheets/sheet1.xml", sheet)
        put("xl/sharedStrings.xml", sst)
        put("xl/styles.xml", styles)
    print("wrote", path)


# TikTok affiliate creator-LIVE report (formats.md 2c) as XLSX: the first room has typed Excel date
# cells and CTR as a fraction in a %-formatted cell; the second room has text dates (d/M vs M/d,
# settled by the file name's April range).
AFFILIATE_HEADER = [
    "ID buổi LIVE", "Tiêu đề buổi LIVE", "Thời gian bắt đầu LIVE", "Thời gian kết thúc LIVE", "Tên nhà sáng tạo",
    "GMV nhờ buổi LIVE của nhà sáng tạo", "Hoàn tiền", "Đơn hàng nhờ buổi LIVE", "Số món bán ra", "AOV",
    "Thời lượng xem trung bình", "Lượt thích", "Bình luận", "Chia sẻ", "Lượt hiển thị sản phẩm",
    "Lượt nhấp vào sản phẩm", "Lượt hiển thị", "CTR", "Hoa hồng ước tính",
]
write_xlsx("tiktok-affiliate-live-typed-20260401-20260430.xlsx", [
    ["Báo cáo hiệu quả LIVE của nhà sáng tạo"],
    AFFILIATE_HEADER,
    ["7400000000000000003", "Ngày typed", Date(2026, 4, 5, 19, 30), Date(2026, 4, 5, 21, 0), "chi.review",
     8500000, 0, 42, 50, 202381, 95, 1200, 80, 7, 9000, 450, 20000, Percent(0.0686), 850000],
    ["7400000000000000004", "Ngày chữ", "6/4/2026 20:00", "6/4/2026 21:10", "chi.review",
     "1.000.000₫", "", "", "", "", "", "", "", "", "", "", "", "", ""],
])

# Shopee Live, Indonesian headers (formats.md 4), with the group-header row above the header.
# Text cells where Shopee writes text (times, durations, Rp amounts); counts as numeric cells.
write_xlsx("shopee-live-id.xlsx", [
    ["Data Utama", "", "", "", "", "", "Interaksi", "", "", "", "Promosi", "Konversi"],
    ["Periode Data", "User Id", "No.", "Nama Livestream", "Start Time", "Durasi", "Penonton Aktif", "Komentar",
     "Tambah ke Keranjang", "Rata-rata durasi ditonton", "Penonton", "Pesanan(Pesanan Dibuat)",
     "Pesanan(Pesanan Siap Dikirim)", "Produk Terjual(Pesanan Dibuat)", "Produk Terjual(Pesanan Siap Dikirim)",
     "Penjualan(Pesanan Dibuat)", "Penjualan(Pesanan Siap Dikirim)"],
    ["01-07-2026 - 31-07-2026", "987654321", 1, "Live Gajian", "25-07-2026 19:45", "02:10:00", 800, 1500, 300,
     "00:03:05", 9876, 130, 120, 180, 170, "Rp2.500.000", "Rp2.345.678"],
    ["01-07-2026 - 31-07-2026", "987654321", 2, "Live Siang", "26-07-2026 12:00", "00:30:00", "", "", "",
     "", "", "", "", "", "", "", 750000],
])
