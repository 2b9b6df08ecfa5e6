using System.Text;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// ClickHouse's TabSeparated format: one row a line, values split by tabs, and inside a value
/// backslash, tab, line breaks and NUL escaped with a backslash. <c>\N</c> alone is NULL. Every
/// value of every row goes through <see cref="Escape"/>, so a name holding tabs, quotes or
/// newlines stays one value and can never end a row early.
/// </summary>
public static class TsvText
{
    public const string Null = @"\N";

    public static string Escape(string value)
    {
        var clean = true;
        foreach (var c in value)
        {
            if (c is '\\' or '\t' or '\n' or '\r' or '\0' or '\b' or '\f')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                '\0' => @"\0",
                '\b' => @"\b",
                '\f' => @"\f",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    public static string EscapeNullable(string? value) => value is null ? Null : Escape(value);

    /// <summary>Splits one row (without its line break) into its values, unescaped; NULL is null.</summary>
    public static string?[] SplitRow(string row)
    {
        var values = new List<string?>();
        var sb = new StringBuilder();
        var sawNullMark = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '\t')
            {
                values.Add(sawNullMark && sb.Length == 0 ? null : sb.ToString());
                sb.Clear();
                sawNullMark = false;
                continue;
            }

            if (c != '\\' || i + 1 == row.Length)
            {
                sb.Append(c);
                continue;
            }

            var next = row[++i];
            if (next == 'N' && sb.Length == 0 && (i + 1 == row.Length || row[i + 1] == '\t'))
            {
                sawNullMark = true;
                continue;
            }

            sb.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                'a' => '\a',
                'v' => '\v',
                'e' => '\u001b',
                _ => next,
            });
        }

        values.Add(sawNullMark && sb.Length == 0 ? null : sb.ToString());
        return values.ToArray();
    }

    /// <summary>The rows of a TabSeparated response: every line ends with a line break.</summary>
    public static IEnumerable<string?[]> Rows(string response)
    {
        var lines = response.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            yield return SplitRow(lines[i]);
        }
    }
}
