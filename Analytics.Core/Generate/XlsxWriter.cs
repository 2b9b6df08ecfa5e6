using System.IO.Compression;
using System.Text;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// Writes a minimal XLSX workbook with no dependency beyond the zip classes: inline strings,
/// numeric cells, one style. It exists so tests and the generator can produce the spreadsheets
/// platforms export (ExcelDataReader only reads). The same sheets always give the same bytes on
/// one runtime: entries are written in a fixed order with a fixed timestamp and no file
/// attributes. (Deflate output may still change with the runtime's zlib, so compare contents,
/// not bytes, across runtimes.)
/// </summary>
public static class XlsxWriter
{
    /// <summary>The timestamp stamped on every zip entry; the zip format cannot store earlier than 1980.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    public const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(file, sheets);
    }

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        Validate(sheets);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8NoBom);
        AddEntry(zip, "[Content_Types].xml", w => w.Write(ContentTypes(sheets.Count)));
        AddEntry(zip, "_rels/.rels", w => w.Write(RootRelationships()));
        AddEntry(zip, "xl/workbook.xml", w => w.Write(Workbook(sheets)));
        AddEntry(zip, "xl/_rels/workbook.xml.rels", w => w.Write(WorkbookRelationships(sheets.Count)));
        AddEntry(zip, "xl/styles.xml", w => w.Write(Styles()));
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            AddEntry(zip, $"xl/worksheets/sheet{i + 1}.xml", w => WriteWorksheet(w, sheet));
        }
    }

    private static void Validate(IReadOnlyList<XlsxSheet> sheets)
    {
        if (sheets.Count == 0)
        {
            throw new ArgumentException("a workbook needs at least one sheet", nameof(sheets));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            if (sheet.Name.Length is 0 or > 31 || sheet.Name.AsSpan().IndexOfAny("[]:*?/\\") >= 0 || XmlText.Clean(sheet.Name) != sheet.Name)
            {
                throw new ArgumentException($"'{sheet.Name}' is not a valid sheet name (1-31 characters, none of [ ] : * ? / \\)", nameof(sheets));
            }

            if (!names.Add(sheet.Name))
            {
                throw new ArgumentException($"two sheets are named '{sheet.Name}' (names ignore case)", nameof(sheets));
            }

            if (sheet.Rows.Count > MaxRows || sheet.Rows.Any(r => r.Count > MaxColumns))
            {
                throw new ArgumentException($"sheet '{sheet.Name}' is larger than a spreadsheet can hold ({MaxRows} rows x {MaxColumns} columns)", nameof(sheets));
            }
        }
    }

    private static void AddEntry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        // The default differs by OS (Unix permission bits), which would make bytes differ by machine.
        entry.ExternalAttributes = 0;
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16);
        writer.NewLine = "\n";
        write(writer);
    }

    private static string ContentTypes(int sheetCount)
    {
        var builder = new StringBuilder(XmlDeclaration)
            .Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            .Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= sheetCount; i++)
        {
            builder.Append("<Override PartName=\"/xl/worksheets/sheet").Append(Invariant(i))
                .Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        return builder.Append("</Types>").ToString();
    }

    private static string RootRelationships() =>
        XmlDeclaration +
        $"<Relationships xmlns=\"{PackageRelationshipNamespace}\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
        "</Relationships>";

    private static string Workbook(IReadOnlyList<XlsxSheet> sheets)
    {
        var builder = new StringBuilder(XmlDeclaration)
            .Append("<workbook xmlns=\"").Append(MainNamespace).Append("\" xmlns:r=\"").Append(RelationshipNamespace).Append("\"><sheets>");
        for (var i = 0; i < sheets.Count; i++)
        {
            builder.Append("<sheet name=\"");
            XmlText.AppendEscaped(builder, sheets[i].Name);
            builder.Append("\" sheetId=\"").Append(Invariant(i + 1)).Append("\" r:id=\"rId").Append(Invariant(i + 1)).Append("\"/>");
        }

        return builder.Append("</sheets></workbook>").ToString();
    }

    private static string WorkbookRelationships(int sheetCount)
    {
        var builder = new StringBuilder(XmlDeclaration).Append("<Relationships xmlns=\"").Append(PackageRelationshipNamespace).Append("\">");
        for (var i = 1; i <= sheetCount; i++)
        {
            builder.Append("<Relationship Id=\"rId").Append(Invariant(i))
                .Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                .Append(Invariant(i)).Append(".xml\"/>");
        }

        builder.Append("<Relationship Id=\"rId").Append(Invariant(sheetCount + 1))
            .Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return builder.Append("</Relationships>").ToString();
    }

    // Excel refuses a workbook without the default font, the two reserved fills, a border and a cell format.
    private static string Styles() =>
        XmlDeclaration +
        $"<styleSheet xmlns=\"{MainNamespace}\">" +
        "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
        "</styleSheet>";

    private static void WriteWorksheet(TextWriter writer, XlsxSheet sheet)
    {
        writer.Write(XmlDeclaration);
        writer.Write($"<worksheet xmlns=\"{MainNamespace}\">");
        writer.Write("<dimension ref=\"");
        writer.Write(sheet.StaleDimension ? "A1:A1" : Dimension(sheet.Rows));
        writer.Write("\"/><sheetData>");
        var builder = new StringBuilder();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            var rowNumber = Invariant(r + 1);
            builder.Clear().Append("<row r=\"").Append(rowNumber).Append("\">");
            for (var c = 0; c < row.Count; c++)
            {
                AppendCell(builder, row[c], CellReference.Column(c) + rowNumber);
            }

            builder.Append("</row>");
            writer.Write(builder);
        }

        writer.Write("</sheetData></worksheet>");
    }

    /// <summary>The used range, from A1 to the last row and the widest row's last column.</summary>
    private static string Dimension(IReadOnlyList<IReadOnlyList<SheetCell>> rows)
    {
        var lastRow = 0;
        var lastColumn = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = rows[r].Count - 1; c >= 0; c--)
            {
                if (!rows[r][c].IsEmpty)
                {
                    lastRow = r + 1;
                    lastColumn = Math.Max(lastColumn, c + 1);
                    break;
                }
            }
        }

        return lastRow == 0 ? "A1" : "A1:" + CellReference.Column(lastColumn - 1) + Invariant(lastRow);
    }

    private static void AppendCell(StringBuilder builder, SheetCell cell, string reference)
    {
        if (cell.Number is { } number)
        {
            builder.Append("<c r=\"").Append(reference).Append("\"><v>").Append(SheetCell.FormatNumber(number)).Append("</v></c>");
            return;
        }

        if (cell.Text is not { } text)
        {
            return;
        }

        builder.Append("<c r=\"").Append(reference).Append("\" t=\"inlineStr\"><is><t");
        // Without this, readers drop leading and trailing spaces (and whitespace-only text entirely).
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            builder.Append(" xml:space=\"preserve\"");
        }

        builder.Append('>');
        XmlText.AppendEscaped(builder, XmlText.EscapeExcelCodes(text));
        builder.Append("</t></is></c>");
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
