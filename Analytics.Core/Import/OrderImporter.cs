using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using NodaTime;
using LocalText = LivePeak.Analytics.Render.Localization.LocalText;
using TextList = LivePeak.Analytics.Render.Localization.TextList;

namespace LivePeak.Analytics.Import;

/// <summary>
/// The general import path: recognises a file by its headers, reads each row into an
/// <see cref="OrderLine"/> or a <see cref="RejectedRow"/>, and drops lines already seen in an
/// overlapping export. One importer instance remembers lines across the files it reads.
/// </summary>
public sealed class OrderImporter(ImportOptions options)
{
    private const int FormatSampleRows = 2000;

    private readonly LineSightings _seenLines = new();

    public ImportOptions Options { get; } = options;

    /// <summary>The layouts tried on every file, the user's map last.</summary>
    public IReadOnlyList<OrderLayout> Layouts =>
        Options.Map is { } map ? [.. KnownOrderLayouts.All, map.ToLayout(Options.Culture)] : KnownOrderLayouts.All;

    /// <param name="laterFilesFollow">False for the last order file of a run: its lines are checked
    /// against earlier files' but not remembered, as no file will be checked against them.</param>
    public FileReport Import(string path, Action<OrderLine> accept, Action<RejectedRow>? reject = null, bool laterFilesFollow = true)
    {
        using var rows = TableSource.ReadRows(path).GetEnumerator();
        var file = Open(path, rows, laterFilesFollow);
        foreach (var row in file.Sample.Concat(Rest(rows)))
        {
            file.ReadRow(row, accept, reject);
        }

        return file.Report;
    }

    /// <summary>
    /// Recognises a file from its first rows and chooses its time format from a sample, leaving the
    /// enumerator after the sample. The returned reader reads the rest row by row; a fast reader can
    /// take over the bulk of the rows and hand it only those it is not sure about.
    /// </summary>
    internal OrderFileReader Open(string path, IEnumerator<TableRow> rows, bool laterFilesFollow = true)
    {
        var head = new List<TableRow>();
        while (head.Count < FileKindDetector.HeaderScanRows && rows.MoveNext())
        {
            head.Add(rows.Current);
        }

        var match = FileKindDetector.Detect(head, Layouts) ?? throw UnrecognisedFile.Create(path, head, Layouts, Options.Map is not null);
        CheckColumns(path, match);

        var report = new FileReport { Path = path, Kind = match.Layout.Kind, RowsSkippedAboveData = match.HeaderRowIndex };
        report.NoteEncoding();
        var reader = new RowReader(this, path, match, report, laterFilesFollow);

        // Buffer a sample so the file's time format is chosen once, from many values.
        var sample = new List<TableRow>(head.Skip(match.HeaderRowIndex + 1));
        while (sample.Count < FormatSampleRows && rows.MoveNext())
        {
            sample.Add(rows.Current);
        }

        reader.ChooseTimeFormat(sample);
        return new OrderFileReader(match, report, reader, sample);
    }

    /// <summary>One recognised order file being read: its header, its report and its row reader.</summary>
    internal sealed class OrderFileReader(HeaderMatch match, FileReport report, RowReader reader, List<TableRow> sample)
    {
        private bool _first = true;

        public HeaderMatch Match { get; } = match;

        public FileReport Report { get; } = report;

        /// <summary>The time format chosen for the file, or null when none could be.</summary>
        public string? TimeFormat => reader.TimeFormat;

        /// <summary>The rows after the header read to choose the time format.</summary>
        public List<TableRow> Sample { get; } = sample;

        /// <summary>Accounts for one row after the header, exactly as the general path does.</summary>
        public void ReadRow(TableRow row, Action<OrderLine> accept, Action<RejectedRow>? reject)
        {
            if (row.IsBlank)
            {
                Report.BlankRows++;
                return;
            }

            if (_first)
            {
                _first = false;
                if (reader.IsDescriptionRow(row))
                {
                    Report.RowsSkippedAboveData++;
                    return;
                }
            }

            Report.RowsRead++;
            reader.Read(row, accept, reject);
        }

        /// <summary>True once the first non-blank row (the one that may be a description row) is past.</summary>
        public bool PastFirstRow => !_first;
    }

    private static IEnumerable<TableRow> Rest(IEnumerator<TableRow> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    private void CheckColumns(string path, HeaderMatch match)
    {
        var layout = match.Layout;
        var width = match.Headers.Count(h => h.Length > 0);
        if (width < layout.MinimumColumns)
        {
            throw new UserInputException(
                new LocalText("error.kind.fewcolumns", ("path", path), ("kind", layout.Kind), ("width", width), ("minimum", layout.MinimumColumns)),
                ExitCodes.BrokenFile);
        }

        var missing = layout.Required.Where(f => !match.Columns.ContainsKey(f)).ToList();
        var hasTime = match.Columns.ContainsKey(OrderField.Timestamp) || match.Columns.ContainsKey(OrderField.Date);
        if (missing.Count > 0 || !hasTime)
        {
            var names = missing.Select(f => (object)$"'{(layout.Aliases.TryGetValue(f, out var a) ? a[0] : f.ToString())}'").ToList();
            if (!hasTime)
            {
                names.Add(new LocalText("error.kind.timecolumn"));
            }

            var columns = new TextList(", ", names);
            throw new UnrecognisedFileException(new LocalText("error.kind.lacks", ("path", path), ("kind", layout.Kind), ("columns", columns)));
        }
    }

    /// <summary>Reads the data rows of one recognised file.</summary>
    internal sealed class RowReader
    {
        private readonly OrderImporter _owner;
        private readonly string _path;
        private readonly string _shopOfFile;
        private readonly HeaderMatch _match;
        private readonly FileReport _report;
        private readonly TimestampParser _time;
        private readonly int _fileNumber;
        // The match's columns by field, -1 where absent: read for every cell, where a dictionary
        // lookup cost 3% of the general path.
        private readonly int[] _columns;

        public RowReader(OrderImporter owner, string path, HeaderMatch match, FileReport report, bool laterFilesFollow)
        {
            _owner = owner;
            _fileNumber = owner._seenLines.StartFile(laterFilesFollow);
            _path = path;
            _shopOfFile = owner.Options.ShopOf(path);
            _match = match;
            _columns = new int[Enum.GetValues<OrderField>().Length];
            Array.Fill(_columns, -1);
            foreach (var (field, column) in match.Columns)
            {
                _columns[(int)field] = column;
            }

            _report = report;
            // The layout's own culture (--culture describes generic logs, not platform exports), and
            // --time-format only for the user's own map: platform layouts read their documented formats.
            _time = new TimestampParser(owner.Options.Zone, match.Layout.TimeFormats, match.Layout.TimeCulture, match.Layout.UserDescribed ? owner.Options.TimeFormat : null);
        }

        private OrderLayout Layout => _match.Layout;

        public string? TimeFormat => _time.Format;

        private int Column(OrderField field) => _columns[(int)field];

        private string Cell(TableRow row, OrderField field)
        {
            var c = Column(field);
            return c < 0 ? string.Empty : HeaderText.TrimCell(row.Cell(c));
        }

        private string HeaderOf(OrderField field) => _match.Headers[Column(field)];

        public void ChooseTimeFormat(List<TableRow> sample)
        {
            // Spreadsheet date cells are read without a format, so they say nothing about the
            // format of the file's text times (and would make every candidate fail).
            if (!_time.Detect(sample.Where(r => !r.IsBlank && !IsDescriptionRow(r) && !IsDateCell(r)).Select(TimeText)))
            {
                // Left undecided: each row then reports why its time does not read.
            }

            _report.TimeFormat = _time.Format;
            if (_time.Ambiguity is { } note)
            {
                _report.Warn(note);
            }
        }

        /// <summary>True when the row's time is one spreadsheet date cell (no separate time column).</summary>
        private bool IsDateCell(TableRow row)
        {
            var column = Column(OrderField.Timestamp) >= 0 ? Column(OrderField.Timestamp) : Column(OrderField.Date);
            return Column(OrderField.Time) < 0 && row.TypeOf(column) == CellType.DateTime;
        }

        public bool IsDescriptionRow(TableRow row)
        {
            if (!Layout.NumericOrderIds)
            {
                return false;
            }

            var id = Cell(row, OrderField.OrderId);
            return id.Length > 0 && !IsAllDigits(id);
        }

        private static bool IsAllDigits(string text)
        {
            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private string TimeText(TableRow row)
        {
            if (Column(OrderField.Timestamp) >= 0)
            {
                return Cell(row, OrderField.Timestamp);
            }

            var date = Cell(row, OrderField.Date);
            if (row.TypeOf(Column(OrderField.Date)) == CellType.DateTime && date.Length >= 10)
            {
                date = date[..10];
            }

            if (Column(OrderField.Time) < 0)
            {
                return date;
            }

            var time = Cell(row, OrderField.Time);
            if (row.TypeOf(Column(OrderField.Time)) == CellType.DateTime && time.Length > 11)
            {
                time = time[11..];
            }

            return date.Length == 0 || time.Length == 0 ? date + time : date + " " + time;
        }

        public void Read(TableRow row, Action<OrderLine> accept, Action<RejectedRow>? reject)
        {
            if (row.Malformed is { } malformed)
            {
                Reject(row, null, ReasonText.Malformed, malformed, reject);
                return;
            }

            if (ExtraFields(row) is { } extra)
            {
                Reject(row, null, ReasonText.ExtraFields, extra, reject);
                return;
            }

            var orderId = Cell(row, OrderField.OrderId);
            if (orderId.Length == 0)
            {
                Reject(row, OrderField.OrderId, ReasonText.NoOrderId, "the order id is empty", reject);
                return;
            }

            if (Layout.NumericOrderIds && !IsAllDigits(orderId))
            {
                Reject(row, OrderField.OrderId, ReasonText.OrderIdNotNumeric, $"'{orderId}' is not an order id (digits only)", reject);
                return;
            }

            var timeField = Column(OrderField.Timestamp) >= 0 ? OrderField.Timestamp : OrderField.Date;
            var timeType = row.TypeOf(Column(timeField));
            if (!_time.TryParse(TimeText(row), Column(OrderField.Time) >= 0 ? CellType.Text : timeType, out var created, out var timeError))
            {
                Reject(row, timeField, ReasonText.UnreadableTime, timeError!, reject);
                return;
            }

            if (!TryNumber(row, OrderField.Quantity, 1m, out var quantity, reject) ||
                !TryNumber(row, OrderField.UnitPrice, 0m, out var unitPrice, reject) ||
                !TryNumber(row, OrderField.Amount, 0m, out var amount, reject))
            {
                return;
            }

            // Money holds ±922 trillion; a larger amount (an id pasted into the column, a shifted
            // row) is this row's error, not an overflow that ends the whole import.
            var hasAmount = Column(OrderField.Amount) >= 0;
            if (hasAmount ? Math.Abs(amount) > MaxRevenue : unitPrice != 0 && Math.Abs(quantity) > MaxRevenue / Math.Abs(unitPrice))
            {
                var field = hasAmount ? OrderField.Amount : OrderField.UnitPrice;
                Reject(row, field, ReasonText.Unreadable(field), $"'{Cell(row, field)}' is out of range", reject);
                return;
            }

            var revenue = hasAmount ? amount : quantity * unitPrice;
            var status = OrderStatus.Completed;
            if (Column(OrderField.Status) >= 0)
            {
                var text = Cell(row, OrderField.Status);
                status = StatusVocabulary.Map(text, out var known);
                if (!known)
                {
                    _report.UnknownStatuses[text] = _report.UnknownStatuses.GetValueOrDefault(text) + 1;
                }
            }

            status = StatusVocabulary.Combine(status, Cell(row, OrderField.CancelReturnType), Cell(row, OrderField.ReturnStatus));

            // A sales channel column in a POS log names shops, chat apps and platforms alike
            // ("Cửa hàng", "Zalo", "Facebook"): anything that is not a known platform is "other".
            var platform = Layout.Platform;
            if (Column(OrderField.Platform) >= 0 && !PlatformNames.TryParse(Cell(row, OrderField.Platform), out platform))
            {
                platform = Platform.Other;
            }

            var shop = Cell(row, OrderField.Shop);
            if (shop.Length == 0)
            {
                shop = _shopOfFile;
            }

            var name = Cell(row, OrderField.ProductName);
            var lineId = FirstNonEmpty(Cell(row, OrderField.LineId), Cell(row, OrderField.ProductId), name);
            var productId = FirstNonEmpty(Cell(row, OrderField.ProductId), Cell(row, OrderField.LineId), name);
            var seen = _owner._seenLines;
            if (seen.NeedsIdentities && !seen.IsFirst(_fileNumber, LineIdentity(platform, shop, orderId, lineId, created.ToInstant())))
            {
                _report.RowsDuplicate++;
                return;
            }

            var channel = Cell(row, OrderField.Channel);
            var line = new OrderLine(
                platform, shop, orderId, lineId, productId, name.Length > 0 ? name : productId,
                quantity, Money.FromDecimal(revenue), created, status, channel.Length > 0 ? channel : null);
            _report.RowsAccepted++;
            _report.SeeDate(created.Date);
            accept(line);
        }

        private static readonly decimal MaxRevenue = (decimal)long.MaxValue / Money.Scale;

        /// <summary>
        /// A row with filled cells beyond the header's last column has been split wrongly (an
        /// unquoted separator inside a value), so every value after the split is in the wrong column.
        /// </summary>
        private string? ExtraFields(TableRow row)
        {
            var width = _match.Headers.Count;
            for (var i = width; i < row.Cells.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(row.Cells[i]))
                {
                    return $"the row has {row.Cells.Length} fields but the header has {width}; a value probably holds an unquoted separator";
                }
            }

            return null;
        }

        private static string FirstNonEmpty(string a, string b, string c) => a.Length > 0 ? a : b.Length > 0 ? b : c;

        /// <summary>
        /// What makes a line the same line in an overlapping export: its platform, shop, order, line
        /// and created time (the time keeps logs whose invoice numbers restart, another month or
        /// another till, apart). Hashed from a stack buffer: the general path takes it for every line.
        /// </summary>
        internal static IdentityHash LineIdentity(Platform platform, string shop, string orderId, string lineId, Instant created)
        {
            var key = new IdentityText(stackalloc char[256]);
            key.Part(platform.ToSlug());
            key.Part(shop);
            key.Part(orderId);
            key.Part(lineId);
            key.Part(created.ToUnixTimeTicks());
            return key.Hash();
        }

        private bool TryNumber(TableRow row, OrderField field, decimal absent, out decimal value, Action<RejectedRow>? reject)
        {
            value = absent;
            var column = Column(field);
            if (column < 0)
            {
                return true;
            }

            var text = Cell(row, field);
            if (text.Length == 0)
            {
                if (field == OrderField.Quantity)
                {
                    Reject(row, field, ReasonText.NoQuantity, "the quantity is empty", reject);
                    return false;
                }

                // An empty price or amount is a zero (a free gift line), not an error.
                value = 0m;
                return true;
            }

            var dialect = row.TypeOf(column) == CellType.Number ? NumberDialect.Plain : Layout.Numbers;
            if (NumberText.TryParse(text, dialect, out value, out var error))
            {
                return true;
            }

            Reject(row, field, ReasonText.Unreadable(field), error!, reject);
            return false;
        }

        private void Reject(TableRow row, OrderField? field, LocalText category, string detail, Action<RejectedRow>? reject)
        {
            var column = field is { } f && Column(f) >= 0 ? HeaderOf(f) : null;
            _report.CountReject(category, column);
            if (reject is null)
            {
                return;
            }

            var cells = RejectedCells.Of(_match.Headers, _match.Columns.Values, row);
            reject(new RejectedRow(_path, row.Line, column, detail, cells));
        }
    }
}
