using System.Text;
using System.Text.RegularExpressions;
using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The only ways text becomes part of SQL: identifiers from options are checked against a strict
/// pattern and then quoted, and string values are written as escaped literals. Row data never
/// goes through here: it travels in request bodies as TabSeparated (see <see cref="TsvText"/>).
/// </summary>
public static partial class SqlText
{
    /// <summary>A database, cluster or table name: ASCII letters, digits and underscores, not
    /// starting with a digit, at most 64 characters. Anything else is refused, not escaped.</summary>
    public static string Identifier(string name, string what)
    {
        if (!IdentifierPattern().IsMatch(name))
        {
            throw new UserInputException(
                $"{what} must be 1 to 64 ASCII letters, digits or underscores, not starting with a digit",
                ExitCodes.BadOption);
        }

        return name;
    }

    /// <summary>A checked identifier in backquotes, as both old and new ClickHouse read them.</summary>
    public static string Quoted(string name, string what) => "`" + Identifier(name, what) + "`";

    /// <summary>
    /// A single-quoted ClickHouse string literal. Backslash and quote are escaped, and so is every
    /// ASCII control character, so the literal is one line whatever the value holds.
    /// </summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\0': sb.Append(@"\0"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    // \x is a byte, so only ASCII controls; C1 controls go as their UTF-8 bytes.
                    if (c < ' ' || c == '\u007f')
                    {
                        sb.Append(@"\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
