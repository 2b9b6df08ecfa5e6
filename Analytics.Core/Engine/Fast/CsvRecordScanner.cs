using System.Buffers;
using System.Runtime.CompilerServices;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>What the scanner found in one record.</summary>
internal enum ScanResult
{
    /// <summary>A whole record was read.</summary>
    Record,
    /// <summary>The buffer ends inside the record: read more and scan again from its start.</summary>
    NeedMore,
    /// <summary>No record starts here: the end of the input.</summary>
    End,
}

/// <summary>
/// Splits UTF-8 CSV bytes into records and fields with exactly the rules of the reference reader
/// (<see cref="Import.Tables.CsvText"/>): a quote opens a quoted field only at the start of a field,
/// a doubled quote inside is a quote, CRLF, LF and CR end a record, and stray quotes are text that
/// marks the record malformed. Separator and quote searches are vectorised by
/// <see cref="SearchValues{T}"/>. Only the fields a reader needs are recorded.
/// </summary>
internal sealed class CsvRecordScanner
{
    private readonly byte _separator;
    private readonly SearchValues<byte> _fieldEnd;
    private readonly SearchValues<byte> _fieldEndOrQuote;
    private readonly int[] _slotOfColumn;
    private readonly int _lastNeededColumn;

    public byte Separator => _separator;

    /// <param name="neededColumns">Column index for each field slot the reader wants.</param>
    public CsvRecordScanner(byte separator, IReadOnlyList<int> neededColumns)
    {
        _separator = separator;
        _fieldEnd = SearchValues.Create([separator, (byte)'\r', (byte)'\n']);
        _fieldEndOrQuote = SearchValues.Create([separator, (byte)'\r', (byte)'\n', (byte)'"']);
        _lastNeededColumn = neededColumns.Count == 0 ? -1 : neededColumns.Max();
        _slotOfColumn = new int[_lastNeededColumn + 1];
        Array.Fill(_slotOfColumn, -1);
        for (var slot = 0; slot < neededColumns.Count; slot++)
        {
            if (neededColumns[slot] >= 0)
            {
                _slotOfColumn[neededColumns[slot]] = slot;
            }
        }
    }

    /// <summary>
    /// Scans the record starting at <paramref name="start"/>. On <see cref="ScanResult.Record"/>,
    /// <paramref name="end"/> is just past its line break, <paramref name="fields"/> hold the
    /// needed fields (absent columns get length 0), <paramref name="fieldCount"/> counts all its
    /// fields, and <paramref name="lineBreaks"/> counts the physical lines it spans.
    /// </summary>
    public ScanResult Scan(ReadOnlySpan<byte> buffer, int start, bool isFinal, Span<FieldSpan> fields,
        out int end, out int fieldCount, out int lineBreaks, out bool malformed)
    {
        end = start;
        fieldCount = 0;
        lineBreaks = 0;
        malformed = false;
        if (start >= buffer.Length)
        {
            return isFinal ? ScanResult.End : ScanResult.NeedMore;
        }

        fields.Clear();
        var p = start;
        var column = 0;
        while (true)
        {
            int contentStart, contentEnd;
            var needsUnescape = false;
            if (p < buffer.Length && buffer[p] == (byte)'"')
            {
                // Quoted: up to a quote not followed by another.
                var q = p + 1;
                while (true)
                {
                    var at = buffer[q..].IndexOf((byte)'"');
                    if (at < 0)
                    {
                        if (!isFinal)
                        {
                            return ScanResult.NeedMore;
                        }

                        // Unclosed at the end of the input: the rest is the field.
                        lineBreaks += CountLineBreaks(buffer[q..]);
                        malformed = true;
                        RecordField(fields, column, p + 1, buffer.Length, needsUnescape);
                        fieldCount = column + 1;
                        end = buffer.Length;
                        return ScanResult.Record;
                    }

                    q += at;
                    if (q + 1 < buffer.Length && buffer[q + 1] == (byte)'"')
                    {
                        needsUnescape = true;
                        q += 2;
                        continue;
                    }

                    if (q + 1 == buffer.Length && !isFinal)
                    {
                        return ScanResult.NeedMore;
                    }

                    break;
                }

                lineBreaks += CountLineBreaks(buffer[(p + 1)..q]);
                contentStart = p + 1;
                contentEnd = q;
                p = q + 1;
                if (p < buffer.Length && buffer[p] != _separator && buffer[p] != (byte)'\r' && buffer[p] != (byte)'\n')
                {
                    // Text after the closing quote: kept, and the record is malformed.
                    malformed = true;
                    var rest = buffer[p..].IndexOfAny(_fieldEnd);
                    if (rest < 0 && !isFinal)
                    {
                        return ScanResult.NeedMore;
                    }

                    p = rest < 0 ? buffer.Length : p + rest;
                    contentEnd = p;
                    needsUnescape = true;
                }
            }
            else
            {
                var at = buffer[p..].IndexOfAny(_fieldEndOrQuote);
                if (at >= 0 && buffer[p + at] == (byte)'"')
                {
                    // A quote inside an unquoted field is text; the record is malformed.
                    malformed = true;
                    var rest = buffer[(p + at)..].IndexOfAny(_fieldEnd);
                    at = rest < 0 ? -1 : at + rest;
                }

                if (at < 0)
                {
                    if (!isFinal)
                    {
                        return ScanResult.NeedMore;
                    }

                    at = buffer.Length - p;
                }

                contentStart = p;
                contentEnd = p + at;
                p += at;
            }

            RecordField(fields, column, contentStart, contentEnd, needsUnescape);
            column++;
            if (p >= buffer.Length)
            {
                fieldCount = column;
                end = buffer.Length;
                return ScanResult.Record;
            }

            var b = buffer[p];
            if (b == _separator)
            {
                p++;
                continue;
            }

            // A line break ends the record; a CR at the very end of a partial buffer may be a CRLF.
            if (b == (byte)'\r')
            {
                if (p + 1 == buffer.Length && !isFinal)
                {
                    return ScanResult.NeedMore;
                }

                p += p + 1 < buffer.Length && buffer[p + 1] == (byte)'\n' ? 2 : 1;
            }
            else
            {
                p++;
            }

            lineBreaks++;
            fieldCount = column;
            end = p;
            return ScanResult.Record;
        }
    }

    /// <summary>
    /// Splits a plain record (no quote and no CR other than a CRLF's) by walking the structural
    /// <paramref name="index"/>, which must stand at <paramref name="start"/>. False leaves the
    /// record to <see cref="Scan"/>: that rule set stays the one reference for every other shape.
    /// </summary>
    public bool TryScanPlain(ReadOnlySpan<byte> buffer, int start, StructuralIndex index, Span<FieldSpan> fields,
        out int end, out int fieldCount)
    {
        end = start;
        fieldCount = 0;
        var column = 0;
        var fieldStart = start;
        while (index.TryNext(buffer, out var at))
        {
            var b = buffer[at];
            if (b == _separator)
            {
                RecordField(fields, column++, fieldStart, at, needsUnescape: false);
                fieldStart = at + 1;
                continue;
            }

            if (b == (byte)'\n')
            {
                end = at + 1;
            }
            else if (b == (byte)'\r' && at + 1 < buffer.Length && buffer[at + 1] == (byte)'\n' && index.TryNext(buffer, out _))
            {
                end = at + 2;
            }
            else
            {
                return false;
            }

            RecordField(fields, column++, fieldStart, at, needsUnescape: false);
            // Columns the record does not have read as empty, as the reference scanner leaves them.
            for (var c = column; c <= _lastNeededColumn; c++)
            {
                RecordField(fields, c, 0, 0, needsUnescape: false);
            }

            fieldCount = column;
            return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RecordField(Span<FieldSpan> fields, int column, int start, int end, bool needsUnescape)
    {
        if (column > _lastNeededColumn)
        {
            return;
        }

        var slot = _slotOfColumn[column];
        if (slot >= 0)
        {
            fields[slot] = new FieldSpan { Start = start, Length = end - start, NeedsUnescape = needsUnescape };
        }
    }

    /// <summary>Line breaks as the reference reader counts them: LF, CRLF and a lone CR are one each.</summary>
    private static int CountLineBreaks(ReadOnlySpan<byte> text)
    {
        var lf = text.Count((byte)'\n');
        var cr = text.Count((byte)'\r');
        if (cr == 0)
        {
            return lf;
        }

        var crlf = 0;
        for (var i = text.IndexOf((byte)'\r'); i >= 0 && i < text.Length - 1; i = text[(i + 1)..].IndexOf((byte)'\r') is var n and >= 0 ? i + 1 + n : -1)
        {
            if (text[i + 1] == (byte)'\n')
            {
                crlf++;
            }
        }

        return lf + cr - crlf;
    }
}
