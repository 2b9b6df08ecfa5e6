using System.Text;

namespace LivePeak.Analytics.Import.Tables;

/// <summary>
/// A plain RFC 4180 reader: the obvious, unhurried reference that faster readers are tested
/// against. Quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR
/// all end a record. A stray quote inside an unquoted field, or text after a closing quote, marks
/// the record malformed instead of guessing.
/// </summary>
/// <param name="bufferChars">Characters taken from the reader at a time; a caller reading one short
/// record (the fast path handing a row over) gives its length, so it allocates no more.</param>
public sealed class CsvText(TextReader reader, char separator, int bufferChars = 1024)
{
    private long _line = 1;
    // Characters are taken from the reader a block at a time, and runs of ordinary ones are copied
    // at once: one virtual call per character was most of the general path's reading time.
    private readonly char[] _buffer = new char[Math.Max(1, bufferChars)];
    private int _position;
    private int _length;
    private readonly char[] _unquotedStops = [separator, '"', '\r', '\n'];
    // One record's fields and the field being read, reused from record to record: a new list and
    // builder per record (which grew past 16 characters for a timestamp) were most of what
    // reading a record allocated besides its texts.
    private readonly List<string> _cells = [];
    private readonly StringBuilder _field = new();

    /// <summary>Reads the next record, or returns null at the end.</summary>
    public TableRow? ReadRow()
    {
        if (Peek() < 0)
        {
            return null;
        }

        var start = _line;
        var cells = _cells;
        var field = _field;
        cells.Clear();
        field.Clear();
        string? malformed = null;
        var inQuotes = false;
        var wasQuoted = false;
        while (true)
        {
            // Only the characters with a meaning (the separator, quotes, line ends) are looked at
            // one by one below; the run before the next of them is plain text of the field.
            if (AppendRun(field, inQuotes ? QuotedStops : _unquotedStops) && !inQuotes && wasQuoted)
            {
                malformed ??= $"text after the closing quote of field {cells.Count + 1}";
            }

            var next = Read();
            if (next < 0)
            {
                if (inQuotes)
                {
                    malformed ??= "a quoted field is not closed before the end of the file";
                }

                cells.Add(field.ToString());
                return new TableRow(start, [.. cells], null, malformed);
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == separator)
            {
                cells.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                _line++;
                cells.Add(field.ToString());
                return new TableRow(start, [.. cells], null, malformed);
            }

            if (c == '"')
            {
                if (field.Length == 0 && !wasQuoted)
                {
                    inQuotes = true;
                    wasQuoted = true;
                    continue;
                }

                malformed ??= $"a quote inside field {cells.Count + 1} that is not quoted as a whole";
            }
            else if (wasQuoted)
            {
                malformed ??= $"text after the closing quote of field {cells.Count + 1}";
            }

            field.Append(c);
        }
    }

    private static readonly char[] QuotedStops = ['"', '\r', '\n'];

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private int Read() => _position < _length || Fill() ? _buffer[_position++] : -1;

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    /// <summary>Appends the characters up to the next of <paramref name="stops"/> (or the end); true if there were any.</summary>
    private bool AppendRun(StringBuilder field, char[] stops)
    {
        var any = false;
        while (_position < _length || Fill())
        {
            var rest = _buffer.AsSpan(_position, _length - _position);
            var stop = rest.IndexOfAny(stops);
            var run = stop < 0 ? rest : rest[..stop];
            field.Append(run);
            _position += run.Length;
            any |= run.Length > 0;
            if (stop >= 0)
            {
                break;
            }
        }

        return any;
    }

    /// <summary>
    /// The separator of a file from its first lines: the one that splits some line into the most
    /// fields (title rows above a header often hold none).
    /// </summary>
    public static char DetectSeparator(IEnumerable<string> firstLines)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var line in firstLines)
        {
            var separator = DetectSeparator(line);
            var count = line.Count(c => c == separator);
            if (count > bestCount)
            {
                (best, bestCount) = (separator, count);
            }
        }

        return best;
    }

    /// <summary>
    /// The separator of one line: the most frequent of comma, semicolon and tab outside quotes
    /// (Excel in Vietnamese and European locales saves CSV with semicolons).
    /// </summary>
    public static char DetectSeparator(string firstLine)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        foreach (var c in firstLine)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                switch (c)
                {
                    case ',': commas++; break;
                    case ';': semicolons++; break;
                    case '\t': tabs++; break;
                }
            }
        }

        if (tabs > commas && tabs > semicolons)
        {
            return '\t';
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Quotes a value for a CSV cell when it needs it.</summary>
    public static string Escape(string value)
    {
        // Cells that a spreadsheet would run as a formula get a leading apostrophe.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",;\"\r\n\t") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsNumber(string value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);
}
