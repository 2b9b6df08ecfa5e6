using System.Text;
using LivePeak.Analytics.Import.Tables;

namespace LivePeak.Tests.Import.Tables;

/// <summary>
/// The reference CSV reader takes characters a block at a time and copies runs of plain text at
/// once; it must read exactly as it did one character at a time (kept here as the oracle), where
/// the block ends fall anywhere: inside quotes, between a CR and its LF, in a doubled quote.
/// </summary>
[TestFixture]
public sealed class CsvTextBlockReadingTests
{
    [Test]
    public void Reads_random_csv_exactly_as_one_character_at_a_time()
    {
        var random = new Random(5);
        string[] pieces = ["a", "bc", "Sầu riêng", ",", ";", "\"", "\"\"", "\r", "\n", "\r\n", " ", "x\"y"];
        for (var trial = 0; trial < 300; trial++)
        {
            var text = new StringBuilder();
            // Long enough to cross the reader's block several times; a long plain run now and then.
            while (text.Length < random.Next(0, 5000))
            {
                text.Append(random.Next(20) == 0 ? new string('z', random.Next(500, 1500)) : pieces[random.Next(pieces.Length)]);
            }

            var separator = random.Next(2) == 0 ? ',' : ';';
            var expected = ReadAll(new CharByCharCsv(new StringReader(text.ToString()), separator).ReadRow);
            var actual = ReadAll(new CsvText(new StringReader(text.ToString()), separator).ReadRow);
            // A tiny buffer puts a block end at every other character.
            var tiny = ReadAll(new CsvText(new StringReader(text.ToString()), separator, bufferChars: random.Next(1, 4)).ReadRow);

            Assert.That(actual, Is.EqualTo(expected), $"trial {trial}");
            Assert.That(tiny, Is.EqualTo(expected), $"trial {trial}, tiny buffer");
        }
    }

    private static List<string> ReadAll(Func<TableRow?> read)
    {
        var rows = new List<string>();
        while (read() is { } row)
        {
            rows.Add($"{row.Line}:{row.Malformed}:{string.Join("\u0001", row.Cells)}");
        }

        return rows;
    }

    /// <summary>The reader as first written: one character at a time from the text reader.</summary>
    private sealed class CharByCharCsv(TextReader reader, char separator)
    {
        private long _line = 1;

        public TableRow? ReadRow()
        {
            if (reader.Peek() < 0)
            {
                return null;
            }

            var start = _line;
            var cells = new List<string>();
            var field = new StringBuilder();
            string? malformed = null;
            var inQuotes = false;
            var wasQuoted = false;
            while (true)
            {
                var next = reader.Read();
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
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
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
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
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
    }
}
