using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using NodaTime;
using NodaTime.Text;
using LocalText = LivePeak.Analytics.Render.Localization.LocalText;

namespace LivePeak.Analytics.Import;

/// <summary>A sheet of a LIVE detail export and where its header is.</summary>
public sealed record DetailSheetMatch(DetailLayout Layout, string SheetName, int HeaderRowIndex, IReadOnlyList<string> Headers, IReadOnlyDictionary<DetailField, int> Columns);

/// <summary>
/// Reads one LIVE's detail export (Product and Trend Stats sheets, as one workbook or as CSV
/// files). The trend's times of day are joined to the date in the file name; a trend that runs
/// past midnight moves on to the next day. The trend also stands in for the LIVE itself when no
/// LIVE list covers it.
/// </summary>
public sealed class DetailImporter(ImportOptions options)
{
    private static readonly LocalTimePattern[] TimePatterns =
        [LocalTimePattern.CreateWithInvariantCulture("H:mm"), LocalTimePattern.CreateWithInvariantCulture("H:mm:ss")];

    public ImportOptions Options { get; } = options;

    /// <summary>Every sheet of the file that is a detail sheet.</summary>
    public static IReadOnlyList<DetailSheetMatch> Detect(string path)
    {
        var matches = new List<DetailSheetMatch>();
        foreach (var sheet in TableSource.SheetNames(path))
        {
            var head = TableSource.ReadRows(path, sheet.Length == 0 ? null : sheet).Take(FileKindDetector.HeaderScanRows).ToList();
            for (var r = 0; r < head.Count; r++)
            {
                var headers = head[r].Cells.Select(HeaderText.Normalize).ToList();
                var layout = KnownDetailLayouts.All.FirstOrDefault(l =>
                    HeaderMatching.HasAll(headers, l.Anchors.Select(a => (IReadOnlyList<string>)l.Aliases[a])));
                if (layout is not null)
                {
                    matches.Add(new DetailSheetMatch(layout, sheet, r, headers, HeaderMatching.MapColumns(layout.Aliases, new HashSet<string>(), headers)));
                    break;
                }
            }
        }

        return matches;
    }

    public FileReport Import(string path, IReadOnlyList<DetailSheetMatch> sheets, Action<LiveDetail> accept, Action<LiveSession> acceptSession, Action<RejectedRow>? reject)
    {
        var dateNumber = InputFiles.LatestDateInName(path);
        if (dateNumber == 0)
        {
            throw new UserInputException(new LocalText("error.detail.nodate", ("path", path)), ExitCodes.UnrecognisedFile);
        }

        var date = new LocalDate(dateNumber / 10000, dateNumber / 100 % 100, dateNumber % 100);
        var report = new FileReport { Path = path, Kind = "tiktok-live-detail" };
        var products = new List<LiveProductResult>();
        var trend = new List<LiveTrendPoint>();
        foreach (var sheet in sheets)
        {
            var rows = TableSource.ReadRows(path, sheet.SheetName.Length == 0 ? null : sheet.SheetName).Skip(sheet.HeaderRowIndex + 1);
            report.RowsSkippedAboveData += sheet.HeaderRowIndex + 1;
            var reader = new SheetReader(path, sheet, report, reject);
            var day = date;
            LocalTime? previous = null;
            foreach (var row in rows)
            {
                if (row.IsBlank)
                {
                    report.BlankRows++;
                    continue;
                }

                report.RowsRead++;
                if (sheet.Layout == KnownDetailLayouts.Products)
                {
                    if (reader.Product(row) is { } product)
                    {
                        products.Add(product);
                        report.RowsAccepted++;
                    }
                }
                else if (reader.Time(row) is { } time)
                {
                    if (previous is { } p && time < p)
                    {
                        day = day.PlusDays(1);
                    }

                    previous = time;
                    if (reader.TrendPoint(row, day.At(time)) is { } point)
                    {
                        trend.Add(point);
                        report.RowsAccepted++;
                        report.SeeDate(day);
                    }
                }
            }
        }

        var bucket = BucketOf(trend);
        var detail = new LiveDetail
        {
            Platform = Platform.TikTok,
            Shop = Options.ShopOf(path),
            Date = date,
            SourcePath = path,
            Products = products,
            Trend = trend,
            BucketLength = bucket,
        };
        accept(detail);
        if (trend.Count > 0 && SessionFromTrend(detail) is { } session)
        {
            acceptSession(session);
        }

        return report;
    }

    /// <summary>The smallest gap between consecutive buckets; the server picks 5 or 15 minutes.</summary>
    private static Duration? BucketOf(List<LiveTrendPoint> trend)
    {
        Duration? best = null;
        for (var i = 1; i < trend.Count; i++)
        {
            var gap = Period.Between(trend[i - 1].Start, trend[i].Start, PeriodUnits.Minutes).ToDuration();
            if (gap > Duration.Zero && (best is null || gap < best))
            {
                best = gap;
            }
        }

        return best;
    }

    private LiveSession? SessionFromTrend(LiveDetail detail)
    {
        var first = detail.Trend[0].Start;
        var last = detail.Trend[^1].Start;
        var bucket = detail.BucketLength ?? Duration.FromMinutes(5);
        var start = Options.Zone.ResolveLocal(first, NodaTime.TimeZones.Resolvers.LenientResolver);
        return new LiveSession
        {
            Platform = detail.Platform,
            Shop = detail.Shop,
            Start = start,
            End = Options.Zone.ResolveLocal(last, NodaTime.TimeZones.Resolvers.LenientResolver).Plus(bucket),
            SourceKind = "tiktok-live-trend",
            FromTrend = true,
            Metrics = new LiveMetrics
            {
                Gmv = Sum(detail.Trend, p => p.Gmv?.TenThousandths) is { } g ? new Money(g) : null,
                Orders = Sum(detail.Trend, p => p.Orders),
                Items = Sum(detail.Trend, p => p.Items),
                Views = Sum(detail.Trend, p => p.Views),
                ProductImpressions = Sum(detail.Trend, p => p.ProductImpressions),
                ProductClicks = Sum(detail.Trend, p => p.ProductClicks),
                NewFollowers = Sum(detail.Trend, p => p.NewFollowers),
                Comments = Sum(detail.Trend, p => p.Comments),
                Likes = Sum(detail.Trend, p => p.Likes),
                Shares = Sum(detail.Trend, p => p.Shares),
            },
        };
    }

    /// <summary>Sum of the reported values; null when no bucket reported any.</summary>
    private static long? Sum(IEnumerable<LiveTrendPoint> points, Func<LiveTrendPoint, long?> value)
    {
        long? total = null;
        foreach (var point in points)
        {
            if (value(point) is { } v)
            {
                total = (total ?? 0) + v;
            }
        }

        return total;
    }

    private sealed class SheetReader(string path, DetailSheetMatch sheet, FileReport report, Action<RejectedRow>? reject)
    {
        private string? _error;
        private DetailField _errorField;

        private int Column(DetailField field) => sheet.Columns.TryGetValue(field, out var c) ? c : -1;

        private string Cell(TableRow row, DetailField field) => Column(field) is var c and >= 0 ? HeaderText.TrimCell(row.Cell(c)) : string.Empty;

        public LocalTime? Time(TableRow row)
        {
            var text = Cell(row, DetailField.Time);
            var type = row.TypeOf(Column(DetailField.Time));
            if (type == CellType.DateTime && text.Length >= 16)
            {
                text = text[11..16];
            }
            else if (type == CellType.Number && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dayFraction) && dayFraction is >= 0 and < 1)
            {
                // Excel keeps a time of day as a fraction of a day.
                return LocalTime.FromSecondsSinceMidnight((int)Math.Round(dayFraction * 86400m) % 86400);
            }

            foreach (var pattern in TimePatterns)
            {
                if (pattern.Parse(text) is { Success: true } parsed)
                {
                    return parsed.Value;
                }
            }

            Reject(row, DetailField.Time, ReasonText.UnreadableTime, $"'{text}' is not a time of day like 19:30");
            return null;
        }

        public LiveTrendPoint? TrendPoint(TableRow row, LocalDateTime start)
        {
            _error = null;
            var point = new LiveTrendPoint
            {
                Start = start,
                Gmv = Money(row, DetailField.Gmv),
                Orders = Count(row, DetailField.Orders),
                Items = Count(row, DetailField.Items),
                Customers = Count(row, DetailField.Customers),
                Viewers = Count(row, DetailField.Viewers),
                Views = Count(row, DetailField.Views),
                ProductImpressions = Count(row, DetailField.ProductImpressions),
                ProductClicks = Count(row, DetailField.ProductClicks),
                NewFollowers = Count(row, DetailField.NewFollowers),
                Comments = Count(row, DetailField.Comments),
                Likes = Count(row, DetailField.Likes),
                Shares = Count(row, DetailField.Shares),
            };
            return Done(row, point);
        }

        public LiveProductResult? Product(TableRow row)
        {
            _error = null;
            var id = Cell(row, DetailField.ProductId);
            if (id.Length == 0)
            {
                Reject(row, DetailField.ProductId, ReasonText.NoProductId, "the product id is empty");
                return null;
            }

            var product = new LiveProductResult
            {
                ProductId = id,
                ProductName = Cell(row, DetailField.ProductName) is { Length: > 0 } name ? name : null,
                Gmv = Money(row, DetailField.Gmv),
                Items = Count(row, DetailField.Items),
                Orders = Count(row, DetailField.Orders),
                Customers = Count(row, DetailField.Customers),
                Impressions = Count(row, DetailField.ProductImpressions),
                Clicks = Count(row, DetailField.ProductClicks),
                AddedToCart = Count(row, DetailField.AddedToCart),
                Ctr = Percent(row, DetailField.Ctr),
                Ctor = Percent(row, DetailField.Ctor),
            };
            return Done(row, product);
        }

        private T? Done<T>(TableRow row, T value)
            where T : class
        {
            if (_error is null)
            {
                return value;
            }

            Reject(row, _errorField, ReasonText.Unreadable(_errorField), _error);
            return null;
        }

        private decimal? Number(TableRow row, DetailField field)
        {
            var text = Cell(row, field);
            if (_error is not null || text.Length == 0 || text is "-" or "--")
            {
                return null;
            }

            // Detail exports write money like 65,498,875.96₫ (comma thousands, formats.md §2b/2d).
            var dialect = row.TypeOf(Column(field)) == CellType.Number ? NumberDialect.Plain : NumberDialect.CommaThousands;
            if (NumberText.TryParse(text, dialect, out var value, out var error))
            {
                return value;
            }

            (_error, _errorField) = (error, field);
            return null;
        }

        private long? Count(TableRow row, DetailField field) => Number(row, field) is { } n ? (long)decimal.Round(n, MidpointRounding.AwayFromZero) : null;

        private Money? Money(TableRow row, DetailField field) => Number(row, field) is { } n ? Domain.Money.FromDecimal(n) : null;

        private decimal? Percent(TableRow row, DetailField field)
        {
            var text = Cell(row, field);
            if (_error is not null || text.Length == 0 || text is "-" or "--")
            {
                return null;
            }

            if (PercentText.TryParse(text, NumberDialect.CommaThousands, row.TypeOf(Column(field)) == CellType.Number, out var fraction, out var error))
            {
                return fraction;
            }

            (_error, _errorField) = (error, field);
            return null;
        }

        private void Reject(TableRow row, DetailField field, LocalText category, string detail)
        {
            var column = Column(field) >= 0 ? sheet.Headers[Column(field)] : null;
            report.CountReject(category, column);
            if (reject is not null)
            {
                var cells = RejectedCells.Of(sheet.Headers, sheet.Columns.Values, row);
                var where = sheet.SheetName.Length == 0 ? path : $"{path} [{sheet.SheetName}]";
                reject(new RejectedRow(where, row.Line, column, detail, cells));
            }
        }
    }
}
