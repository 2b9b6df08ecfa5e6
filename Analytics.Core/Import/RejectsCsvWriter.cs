using System.Globalization;
using System.Text;
using LivePeak.Analytics.Import.Tables;

namespace LivePeak.Analytics.Import;

/// <summary>
/// Writes rejected rows as CSV (UTF-8 with BOM so Excel shows Vietnamese text): where each came
/// from, why, and the row's mapped cells as <c>Header=value</c> pairs. Buyer columns are never
/// among them.
/// </summary>
public sealed class RejectsCsvWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public RejectsCsvWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        _writer.Write("file,line,column,reason,row\n");
    }

    public long Count { get; private set; }

    public void Write(RejectedRow row)
    {
        Count++;
        var cells = string.Join(" | ", row.Cells.Select(kv => kv.Key + "=" + kv.Value));
        _writer.Write(string.Join(',',
            CsvText.Escape(row.File),
            row.Line.ToString(CultureInfo.InvariantCulture),
            CsvText.Escape(row.Column ?? string.Empty),
            CsvText.Escape(row.Reason),
            CsvText.Escape(cells)));
        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();
}
