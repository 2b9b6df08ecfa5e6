using System.Collections.Concurrent;
using System.Globalization;
using LivePeak.Analytics.Import.Tables;
using LivePeak.Analytics.Render.Localization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace LivePeak.Analytics.Import.Parsing;

/// <summary>
/// Reads one file's timestamps. The file's format is chosen once, from a sample of its values
/// (or given by the user), and then every cell must match it: a file never mixes formats, and
/// guessing per cell is how 05/06 silently becomes June 5 in one row and May 6 in the next.
/// Local times are placed in the shop's zone; values with an explicit offset are converted to it.
/// </summary>
public sealed class TimestampParser
{
    /// <summary>Patterns tried for generic logs, most specific first. Day-first comes before
    /// month-first: the shops this tool serves write dates day-first.</summary>
    public static readonly string[] GenericFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm",
        "MM/dd/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm",
        "dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy HH:mm", "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm",
        "yyyy-MM-dd", "dd/MM/yyyy", "M/d/yyyy",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFo<G>", "yyyy-MM-dd HH:mm:ss.FFFFFFFo<G>", "yyyy-MM-dd'T'HH:mmo<G>",
    ];

    private const string SpreadsheetDateFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private readonly DateTimeZone _zone;
    private readonly IReadOnlyList<string> _candidates;
    private readonly CultureInfo _culture;
    private IPattern<LocalDateTime>? _chosen;
    private string? _chosenText;
    private IPattern<OffsetDateTime>? _chosenOffset;
    private readonly LocalDateTimePattern _spreadsheet = LocalDateTimePattern.CreateWithInvariantCulture(SpreadsheetDateFormat);
    // The last text read with the chosen format and what it gave: an order's lines repeat its
    // time, so most rows of an order log are the row before's time again (one parser per file
    // reader, like the chosen format itself).
    private string? _lastText;
    private ZonedDateTime _lastValue;

    public TimestampParser(DateTimeZone zone, IReadOnlyList<string> candidateFormats, CultureInfo? culture = null, string? forcedFormat = null)
    {
        _zone = zone;
        _culture = culture ?? CultureInfo.InvariantCulture;
        _candidates = candidateFormats;
        if (forcedFormat is not null)
        {
            try
            {
                Choose(forcedFormat);
            }
            catch (InvalidPatternException e)
            {
                // The user's --time-format: a bad option, not an internal error.
                throw new UserInputException(new LocalText("error.option.timeformat", ("format", forcedFormat), ("reason", e.Message)), ExitCodes.BadOption);
            }
        }
    }

    /// <summary>The format in use, once chosen; shown by <c>inspect</c>.</summary>
    public string? Format => _chosenText;

    /// <summary>A note when the sample fitted more than one reading (e.g. 03/04 day- or month-first).</summary>
    public LocalText? Ambiguity { get; private set; }

    public DateTimeZone Zone => _zone;

    /// <summary>
    /// Picks the format from sample values: the first candidate that reads every sample some candidate reads.
    /// When day-first and month-first both fit, a date range known from the file name (a report
    /// named <c>…20260701-20260731…</c>) settles it; otherwise day-first wins with a warning.
    /// Returns false when no candidate fits.
    /// </summary>
    public bool Detect(IEnumerable<string> samples, DateInterval? expectedRange = null)
    {
        if (_chosen is not null || _chosenOffset is not null)
        {
            return true;
        }

        // Every test below asks whether all (or any) values read, so each distinct value is tried
        // once: an order's lines repeat its time, and a run of daily files detects once per file.
        var values = samples.Select(HeaderText.TrimCell).Where(s => s.Length > 0).Take(2000).Distinct(StringComparer.Ordinal).ToList();
        var offsetPatterns = OffsetFormats.Select(f => Patterns.Offset(f, CultureInfo.InvariantCulture)).ToList();
        var localPatterns = _candidates.Select(f => Patterns.Local(f, _culture)).ToList();

        // A value no candidate reads ("not a date", a note typed in the column) is its own row's
        // problem: it must neither stop the file's format from being chosen nor tip the choice
        // (nor leave a day/month question to be settled cell by cell, without the file's period).
        // Each value is tried first with the pattern that read the value before (a file's times
        // share a format), so it mostly costs one parse rather than one per pattern; whether some
        // pattern reads it does not depend on the order they are tried in.
        var readers = offsetPatterns.Select(p => (Func<string, bool>)(v => p.Parse(v).Success))
            .Concat(localPatterns.Select(p => (Func<string, bool>)(v => p.Parse(v).Success)))
            .ToList();
        // Each value kept with the reader (offset patterns, then local ones) that read it here: that
        // pattern is known to read it, so testing the patterns below skips parsing it again with
        // that one (a file's times share a pattern: half the parses of a day's export).
        var read = new List<(string Text, int Reader)>(values.Count);
        var lastReader = -1;
        foreach (var value in values)
        {
            if (lastReader < 0 || !readers[lastReader](value))
            {
                lastReader = readers.FindIndex(reader => reader(value));
            }

            if (lastReader >= 0)
            {
                read.Add((value, lastReader));
            }
        }

        if (read.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < OffsetFormats.Length; i++)
        {
            var format = OffsetFormats[i];
            var pattern = offsetPatterns[i];
            if (read.All(v => v.Reader == i || pattern.Parse(v.Text).Success))
            {
                _chosenOffset = pattern;
                _chosenText = format;
                return true;
            }
        }

        var fitting = new List<(string Format, IPattern<LocalDateTime> Pattern)>();
        for (var i = 0; i < _candidates.Count; i++)
        {
            var format = _candidates[i];
            var pattern = localPatterns[i];
            var reader = OffsetFormats.Length + i;
            if (read.All(v => v.Reader == reader || pattern.Parse(v.Text).Success))
            {
                fitting.Add((format, pattern));
            }
        }

        if (fitting.Count == 0)
        {
            return false;
        }

        var chosen = fitting[0].Format;
        var rival = fitting.Skip(1).FirstOrDefault(f => !f.Format.StartsWith('y') && !chosen.StartsWith('y') && IsDayMonthSwap(chosen, f.Format));
        if (rival.Format is not null)
        {
            var inRange = expectedRange is { } range
                ? fitting.FirstOrDefault(f => read.All(v => range.Contains(f.Pattern.Parse(v.Text).Value.Date))).Format
                : null;
            if (inRange is not null)
            {
                chosen = inRange;
            }
            else
            {
                Ambiguity = new LocalText("warning.daymonth", ("chosen", chosen), ("rival", rival.Format));
            }
        }

        Choose(chosen);
        return true;
    }

    private static bool IsDayMonthSwap(string a, string b) => IsDayFirst(a) != IsDayFirst(b);

    /// <summary>True for day-before-month formats; year-first formats are never ambiguous.</summary>
    private static bool IsDayFirst(string format)
    {
        var day = format.IndexOf('d', StringComparison.Ordinal);
        var month = format.IndexOf('M', StringComparison.Ordinal);
        return day >= 0 && month >= 0 && day < month;
    }

    private void Choose(string format)
    {
        if (format.Contains("o<", StringComparison.Ordinal))
        {
            _chosenOffset = Patterns.Offset(format, _culture);
        }
        else
        {
            _chosen = Patterns.Local(format, _culture);
        }

        _chosenText = format;
    }

    /// <summary>Parses a cell. Spreadsheet date cells are exact already and need no format.</summary>
    public bool TryParse(string text, CellType type, out ZonedDateTime value, out string? error)
    {
        value = default;
        error = null;
        var trimmed = HeaderText.TrimCell(text);
        if (trimmed.Length == 0)
        {
            error = "empty";
            return false;
        }

        if (type == CellType.DateTime)
        {
            var cellResult = _spreadsheet.Parse(trimmed);
            if (cellResult.Success)
            {
                value = _zone.ResolveLocal(cellResult.Value, Resolvers.LenientResolver);
                return true;
            }
        }

        if (_chosen is null && _chosenOffset is null && !Detect([trimmed]))
        {
            error = $"'{trimmed}' is not a date and time in any known format";
            return false;
        }

        if (string.Equals(trimmed, _lastText, StringComparison.Ordinal))
        {
            value = _lastValue;
            return true;
        }

        if (_chosenOffset is not null)
        {
            var offsetResult = _chosenOffset.Parse(trimmed);
            if (offsetResult.Success)
            {
                value = offsetResult.Value.ToInstant().InZone(_zone);
                (_lastText, _lastValue) = (trimmed, value);
                return true;
            }
        }
        else
        {
            var result = _chosen!.Parse(trimmed);
            if (result.Success)
            {
                // Lenient: a wall-clock time skipped by a DST jump moves forward, a repeated one takes
                // the earlier instant. Asia/Ho_Chi_Minh has no DST; UK and US logs do.
                value = _zone.ResolveLocal(result.Value, Resolvers.LenientResolver);
                (_lastText, _lastValue) = (trimmed, value);
                return true;
            }
        }

        error = $"'{trimmed}' does not match the file's date format '{_chosenText}'";
        return false;
    }

    /// <summary>
    /// Compiled patterns, made once per format and culture: compiling one costs more than parsing
    /// hundreds of values, and every file opened compiles every candidate. NodaTime patterns are
    /// immutable and safe to share between threads.
    /// </summary>
    private static class Patterns
    {
        private static readonly ConcurrentDictionary<(string Format, string Culture), LocalDateTimePattern> LocalPatterns = new();
        private static readonly ConcurrentDictionary<(string Format, string Culture), OffsetDateTimePattern> OffsetPatterns = new();

        public static LocalDateTimePattern Local(string format, CultureInfo culture) =>
            IsShared(culture)
                ? LocalPatterns.GetOrAdd((format, culture.Name), key => LocalDateTimePattern.Create(key.Format, culture))
                : LocalDateTimePattern.Create(format, culture);

        public static OffsetDateTimePattern Offset(string format, CultureInfo culture) =>
            IsShared(culture)
                ? OffsetPatterns.GetOrAdd((format, culture.Name), key => OffsetDateTimePattern.Create(key.Format, culture, default))
                : OffsetDateTimePattern.Create(format, culture, default);

        // Only the process-wide culture objects are cached by name; a culture built and adjusted
        // by a caller may share a name but not its date settings.
        private static bool IsShared(CultureInfo culture) =>
            ReferenceEquals(culture, CultureInfo.InvariantCulture) || ReferenceEquals(culture, CultureInfo.GetCultureInfo(culture.Name));
    }
}
