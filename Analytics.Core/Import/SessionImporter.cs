using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using NodaTime;
using LocalText = LivePeak.Analytics.Render.Localization.LocalText;

namespace LivePeak.Analytics.Import;

/// <summary>The header row found in a LIVE report and the columns each field maps to.</summary>
public sealed record SessionHeaderMatch(SessionLayout Layout, int HeaderRowIndex, IReadOnlyList<string> Headers, IReadOnlyDictionary<SessionField, int> Columns);

/// <summary>
/// Reads LIVE session reports into <see cref="LiveSession"/>s. Session lists are small (one row
/// per LIVE), so a file is read whole, which lets a report's date format be chosen from all its
/// rows and Meta's per-day rows be set aside for the post's lifetime row.
/// </summary>
public sealed class SessionImporter(ImportOptions options)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public ImportOptions Options { get; } = options;

    public static SessionHeaderMatch? Detect(IReadOnlyList<TableRow> firstRows, IEnumerable<SessionLayout> layouts)
    {
        var candidates = layouts.ToList();
        for (var r = 0; r < Math.Min(firstRows.Count, FileKindDetector.HeaderScanRows); r++)
        {
            var headers = firstRows[r].Cells.Select(HeaderText.Normalize).ToList();
            foreach (var layout in candidates)
            {
                if (HeaderMatching.HasAll(headers, layout.Anchors.Select(a => (IReadOnlyList<string>)layout.Aliases[a])))
                {
                    var columns = HeaderMatching.MapColumns(layout.Aliases, new HashSet<string>(), headers);
                    return new SessionHeaderMatch(layout, r, headers, columns);
                }
            }
        }

        return null;
    }

    public FileReport Import(string path, SessionHeaderMatch match, IReadOnlyList<TableRow> rows, Action<LiveSession> accept, Action<RejectedRow>? reject = null)
    {
        var layout = match.Layout;
        var report = new FileReport { Path = path, Kind = layout.Kind, RowsSkippedAboveData = match.HeaderRowIndex };
        report.NoteEncoding();
        var data = rows.Skip(match.HeaderRowIndex + 1).ToList();
        var reader = new Reader(this, path, match, report, reject);
        reader.ChooseTimeFormat(data);
        var lifetimePosts = reader.LifetimePosts(data);
        foreach (var row in data)
        {
            if (row.IsBlank)
            {
                report.BlankRows++;
                continue;
            }

            // Meta's export lists every post: photos and videos are not LIVEs, and a post's daily rows
            // repeat its Lifetime row. Neither is an unreadable row, so neither is a reject.
            if (reader.IsNotALive(row, lifetimePosts))
            {
                report.RowsSetAside++;
                continue;
            }

            report.RowsRead++;
            if (reader.TryRead(row) is { } session)
            {
                if (!_seen.Add(session.Key))
                {
                    report.RowsDuplicate++;
                    continue;
                }

                report.RowsAccepted++;
                report.SeeDate(session.Start.Date);
                accept(session);
            }
        }

        return report;
    }

    private sealed class Reader
    {
        private readonly SessionImporter _owner;
        private readonly string _path;
        private readonly string _shopOfFile;
        private readonly SessionHeaderMatch _match;
        private readonly FileReport _report;
        private readonly Action<RejectedRow>? _reject;
        private readonly TimestampParser _time;

        public Reader(SessionImporter owner, string path, SessionHeaderMatch match, FileReport report, Action<RejectedRow>? reject)
        {
            _owner = owner;
            _path = path;
            _shopOfFile = owner.Options.ShopOf(path);
            _match = match;
            _report = report;
            _reject = reject;
            _time = new TimestampParser(owner.Options.Zone, match.Layout.TimeFormats);
        }

        private SessionLayout Layout => _match.Layout;

        private int Column(SessionField field) => _match.Columns.TryGetValue(field, out var c) ? c : -1;

        private string Cell(TableRow row, SessionField field) => Column(field) is var c and >= 0 ? HeaderText.TrimCell(row.Cell(c)) : string.Empty;

        public void ChooseTimeFormat(List<TableRow> data)
        {
            var samples = data.Where(r => !r.IsBlank && r.TypeOf(Column(SessionField.Start)) != CellType.DateTime)
                .Select(r => Cell(r, SessionField.Start)).Where(s => s.Length > 0).ToList();
            _time.Detect(samples, InputFiles.DateRangeInName(_path));
            _report.TimeFormat = _time.Format;
            if (_time.Ambiguity is { } note)
            {
                _report.Warn(note);
            }
        }

        /// <summary>Meta exports may hold a lifetime row and per-day rows for the same post.</summary>
        public HashSet<string> LifetimePosts(List<TableRow> data)
        {
            var posts = new HashSet<string>(StringComparer.Ordinal);
            if (Layout.LifetimePeriod is { } lifetime && Column(SessionField.Period) >= 0)
            {
                foreach (var row in data.Where(r => string.Equals(Cell(r, SessionField.Period), lifetime, StringComparison.OrdinalIgnoreCase)))
                {
                    posts.Add(Cell(row, SessionField.RoomId));
                }
            }

            return posts;
        }

        /// <summary>A well-formed row the report itself marks as no LIVE of its own: a post that is
        /// not a live video, or a per-day row of a post whose Lifetime row is used.</summary>
        public bool IsNotALive(TableRow row, HashSet<string> lifetimePosts)
        {
            if (row.Malformed is not null)
            {
                return false;
            }

            if (Layout.LivePostType is { } live && Column(SessionField.PostType) >= 0 &&
                !Cell(row, SessionField.PostType).Contains(live, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return Layout.LifetimePeriod is { } lifetime && Column(SessionField.Period) >= 0 &&
                !string.Equals(Cell(row, SessionField.Period), lifetime, StringComparison.OrdinalIgnoreCase) &&
                lifetimePosts.Contains(Cell(row, SessionField.RoomId));
        }

        public LiveSession? TryRead(TableRow row)
        {
            if (row.Malformed is { } malformed)
            {
                return Reject(row, null, ReasonText.Malformed, malformed);
            }

            if (!_time.TryParse(Cell(row, SessionField.Start), row.TypeOf(Column(SessionField.Start)), out var start, out var timeError))
            {
                return Reject(row, SessionField.Start, ReasonText.UnreadableStart, timeError!);
            }

            var end = start;
            var hasDuration = false;
            var endText = Cell(row, SessionField.End);
            if (endText.Length > 0)
            {
                if (!_time.TryParse(endText, row.TypeOf(Column(SessionField.End)), out end, out var endError))
                {
                    return Reject(row, SessionField.End, ReasonText.UnreadableEnd, endError!);
                }

                if (end.ToInstant() < start.ToInstant())
                {
                    return Reject(row, SessionField.End, ReasonText.EndsBeforeStart, $"ends at {end.LocalDateTime:yyyy-MM-dd HH:mm}, before its start");
                }

                hasDuration = true;
            }
            else if (Cell(row, SessionField.Duration) is { Length: > 0 } durationText)
            {
                var durationType = row.TypeOf(Column(SessionField.Duration));
                var style = durationType == CellType.Number && Layout.Durations != DurationStyle.Clock ? DurationStyle.Seconds : Layout.Durations;
                if (durationType == CellType.DateTime && ExcelDuration(durationText) is { } cellDuration)
                {
                    // A CSV opened and saved in Excel turns 01:30:00 into a time cell (1899-12-31T01:30:00).
                    durationText = ((long)cellDuration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                    style = DurationStyle.Seconds;
                }

                if (!DurationText.TryParse(durationText, style, out var duration, out var durationError))
                {
                    return Reject(row, SessionField.Duration, ReasonText.UnreadableDuration, durationError!);
                }

                end = start.Plus(duration);
                hasDuration = true;
            }

            var metrics = new MetricReader(this, row);
            var result = new LiveSession
            {
                Platform = Layout.Platform,
                Shop = Cell(row, SessionField.Shop) is { Length: > 0 } shop ? shop : _shopOfFile,
                Host = NullIfEmpty(Cell(row, SessionField.Host)),
                RoomId = NullIfEmpty(Cell(row, SessionField.RoomId)),
                Title = NullIfEmpty(Cell(row, SessionField.Title)),
                Start = start,
                End = end,
                HasDuration = hasDuration,
                SourceKind = Layout.Kind,
                Metrics = new LiveMetrics
                {
                    Gmv = metrics.Money(SessionField.Gmv),
                    Orders = metrics.Count(SessionField.Orders),
                    Items = metrics.Count(SessionField.Items),
                    Viewers = metrics.Count(SessionField.Viewers),
                    Views = metrics.Count(SessionField.Views),
                    PeakConcurrentViewers = metrics.Count(SessionField.PeakViewers),
                    AverageConcurrentViewers = metrics.Number(SessionField.AverageViewers),
                    AverageViewingDuration = metrics.Duration(SessionField.AverageViewingDuration),
                    ProductImpressions = metrics.Count(SessionField.ProductImpressions),
                    ProductClicks = metrics.Count(SessionField.ProductClicks),
                    Ctr = metrics.Percent(SessionField.Ctr),
                    Ctor = metrics.Percent(SessionField.Ctor),
                    Comments = metrics.Count(SessionField.Comments),
                    Likes = metrics.Count(SessionField.Likes),
                    Shares = metrics.Count(SessionField.Shares),
                    NewFollowers = metrics.Count(SessionField.NewFollowers),
                },
            };
            return metrics.Error is { } e ? Reject(row, e.Field, e.Category, e.Detail) : result;
        }

        /// <summary>
        /// A duration Excel stored as a time cell: the time since day zero of Excel's calendar
        /// (1899-12-31 as read), so 25 hours is 1900-01-01T01:00:00.
        /// </summary>
        private static Duration? ExcelDuration(string isoText)
        {
            var parsed = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd'T'HH:mm:ss").Parse(isoText);
            if (!parsed.Success || parsed.Value.Year > 1900)
            {
                return null;
            }

            var elapsed = Period.Between(new LocalDateTime(1899, 12, 31, 0, 0), parsed.Value, PeriodUnits.Seconds).ToDuration();
            return elapsed >= Duration.Zero ? elapsed : null;
        }

        private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

        private LiveSession? Reject(TableRow row, SessionField? field, LocalText category, string detail)
        {
            var column = field is { } f && Column(f) >= 0 ? _match.Headers[Column(f)] : null;
            _report.CountReject(category, column);
            if (_reject is not null)
            {
                _reject(new RejectedRow(_path, row.Line, column, detail, RejectedCells.Of(_match.Headers, _match.Columns.Values, row)));
            }

            return null;
        }

        /// <summary>Reads optional metrics; an empty cell is absent, a bad one fails the row.</summary>
        private sealed class MetricReader(Reader reader, TableRow row)
        {
            public (SessionField Field, LocalText Category, string Detail)? Error { get; private set; }

            private bool TryText(SessionField field, out string text, out bool typed)
            {
                text = reader.Cell(row, field);
                typed = reader.Column(field) >= 0 && row.TypeOf(reader.Column(field)) == CellType.Number;
                return Error is null && text.Length > 0 && text != "-" && text != "--";
            }

            public decimal? Number(SessionField field)
            {
                if (!TryText(field, out var text, out var typed))
                {
                    return null;
                }

                if (NumberText.TryParse(text, typed ? NumberDialect.Plain : reader.Layout.Numbers, out var value, out var error))
                {
                    return value;
                }

                Error = (field, ReasonText.Unreadable(field), error!);
                return null;
            }

            public long? Count(SessionField field) => Number(field) is { } n ? (long)decimal.Round(n, MidpointRounding.AwayFromZero) : null;

            public Money? Money(SessionField field) => Number(field) is { } n ? Domain.Money.FromDecimal(n) : null;

            public decimal? Percent(SessionField field)
            {
                if (!TryText(field, out var text, out var typed))
                {
                    return null;
                }

                if (PercentText.TryParse(text, reader.Layout.Numbers, typed, out var fraction, out var error))
                {
                    return fraction;
                }

                Error = (field, ReasonText.Unreadable(field), error!);
                return null;
            }

            public Duration? Duration(SessionField field)
            {
                if (!TryText(field, out var text, out var typed))
                {
                    return null;
                }

                var style = reader.Layout.ViewingDurations ?? (typed ? DurationStyle.Seconds : reader.Layout.Durations);
                foreach (var candidate in new[] { style, DurationStyle.HoursMinutes, DurationStyle.Clock, DurationStyle.Seconds }.Distinct())
                {
                    if (DurationText.TryParse(text, candidate, out var value, out _))
                    {
                        return value;
                    }
                }

                Error = (field, ReasonText.Unreadable(field), $"'{text}' is not a duration");
                return null;
            }
        }
    }
}
