using System.Globalization;
using System.Text.RegularExpressions;
using LivePeak.Analytics.Import.Tables;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import;

/// <summary>Turns the user's file and folder arguments into the list of files to read.</summary>
public static partial class InputFiles
{
    /// <summary>
    /// Folders are searched recursively for CSV and spreadsheet files. Files are ordered by the
    /// latest date in their names, newest first (then by path), so that when exports overlap the
    /// line kept is the one from the latest export, whose status is freshest.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => TableSource.IsSupported(f) && !IsSidecar(f)));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UserInputException(new LocalText("error.input.missing", ("path", input)), ExitCodes.InputNotFound);
            }
        }

        return files.Distinct(StringComparer.Ordinal)
            .OrderByDescending(LatestDateInName)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Files LivePeak itself writes next to inputs (rejects) are not inputs.</summary>
    private static bool IsSidecar(string path) =>
        Path.GetFileName(path).Contains(".rejects", StringComparison.OrdinalIgnoreCase) ||
        Path.GetFileName(path).StartsWith('~');

    /// <summary>The latest yyyyMMdd or yyyy-MM-dd date in a file name, as yyyyMMdd; 0 when none.</summary>
    public static int LatestDateInName(string path)
    {
        var best = 0;
        foreach (Match m in DateInName().Matches(Path.GetFileName(path)))
        {
            var digits = m.Value.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) &&
                value / 10000 is >= 2000 and <= 2100 && value / 100 % 100 is >= 1 and <= 12 && value % 100 is >= 1 and <= 31)
            {
                best = Math.Max(best, value);
            }
        }

        return best;
    }

    /// <summary>A report's period from its name, <c>…20260701-20260731…</c> or <c>…_20260701_20260731…</c>.</summary>
    public static NodaTime.DateInterval? DateRangeInName(string path)
    {
        var m = DateRange().Match(Path.GetFileName(path));
        if (!m.Success)
        {
            return null;
        }

        var pattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd");
        var from = pattern.Parse(m.Groups[1].Value);
        var to = pattern.Parse(m.Groups[2].Value);
        return from.Success && to.Success && from.Value <= to.Value ? new NodaTime.DateInterval(from.Value, to.Value) : null;
    }

    [GeneratedRegex(@"(?<!\d)(20\d{6})[-_](20\d{6})(?!\d)")]
    private static partial Regex DateRange();

    [GeneratedRegex(@"(?<!\d)(20\d\d)-?(\d\d)-?(\d\d)(?!\d)")]
    private static partial Regex DateInName();
}
