using System.Text;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// Writes RFC 4180 CSV as platforms export it: CRLF line ends, fields quoted only when they
/// hold a comma, a quote or a line break. Unlike LivePeak's report CSVs, cells are written
/// verbatim (no formula guard), because a platform's file would not have one.
/// </summary>
internal static class CsvFileWriter
{
    public static void Write(string path, IEnumerable<IReadOnlyList<SheetCell>> rows, bool byteOrderMark)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(file, new UTF8Encoding(byteOrderMark), 1 << 16);
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                AppendField(line, row[i].ToText());
            }

            line.Append("\r\n");
            writer.Write(line);
        }
    }

    private static void AppendField(StringBuilder line, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
