using System.Runtime.ExceptionServices;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import;

/// <summary>What the import stage read from all inputs, file by file.</summary>
public sealed record ImportSummary(IReadOnlyList<FileReport> Files)
{
    public long RowsRead => Files.Sum(f => f.RowsRead);

    public long RowsAccepted => Files.Sum(f => f.RowsAccepted);

    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    public long RowsDuplicate => Files.Sum(f => f.RowsDuplicate);

    /// <summary>A reject reason or warning of any of the files, in the reader's language (see <see cref="FileReport.Localize"/>).</summary>
    public string Localize(string text, Language language) =>
        Files.Select(f => f.Localize(text, language)).FirstOrDefault(t => t != text) ?? text;
}

/// <summary>Progress of a run over several files, for a progress bar.</summary>
public readonly record struct ImportProgress(int FileIndex, int FileCount, string Path, long BytesDone, long BytesTotal);

/// <summary>
/// The import stage's entry point: expands inputs, recognises each file by its headers as an
/// order export or a LIVE report, reads it (one importer of each kind for all files, so
/// duplicates are found across overlapping exports) and streams what it read to the sink.
/// </summary>
public static class InputImport
{
    public static ImportSummary Run(IEnumerable<string> inputs, ImportOptions options, ImportSink sink, IProgress<ImportProgress>? progress = null)
    {
        var files = InputFiles.Expand(inputs);
        if (files.Count == 0)
        {
            throw new UserInputException(new LocalText("error.input.none"), ExitCodes.InputNotFound);
        }

        var orders = new OrderImporter(options);
        var sessions = new SessionImporter(options);

        // Every file is recognised first, and LIVE reports are read before order files: the engine
        // decides each order line's LIVE as the line arrives.
        var details = new DetailImporter(options);
        var kinds = files.Select(f => (Path: f, Kind: Guard(f, () => Recognise(orders, f)))).ToList();
        var ordered = kinds.OrderBy(k => k.Kind.Sessions is not null ? 0 : k.Kind.Details is not null ? 1 : 2).ToList();
        var reports = new List<FileReport>(files.Count);
        // Only lines of order files read before another order file are remembered for duplicates.
        var lastOrderFile = ordered.FindLastIndex(k => k.Kind.Orders is not null);
        var total = files.Sum(f => new FileInfo(f).Length);
        long done = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var (path, kind) = ordered[i];
            progress?.Report(new ImportProgress(i, files.Count, path, done, total));
            reports.Add(Guard(path, () => kind switch
            {
                { Sessions: { } match } => sessions.Import(path, match, TableSource.ReadRows(path).ToList(), sink.OnSession, sink.OnReject),
                { Details: { } sheets } => details.Import(path, sheets, sink.OnLiveDetail, sink.OnSession, sink.OnReject),
                _ => orders.Import(path, sink.OnOrderLine, sink.OnReject, laterFilesFollow: i < lastOrderFile),
            }));
            done += new FileInfo(path).Length;
        }

        progress?.Report(new ImportProgress(files.Count, files.Count, string.Empty, total, total));
        return new ImportSummary(reports);
    }

    /// <summary>
    /// True when every input is an order export (no LIVE report, no detail export). The files are
    /// recognised on up to <paramref name="threads"/> threads (a year of daily exports is 365
    /// files to open and read the head of, before any is read) but judged in order, as one at a
    /// time would: false at the first file that is not an order export, and a file's error only
    /// when every file before it is one.
    /// </summary>
    public static bool AllOrderFiles(IReadOnlyList<string> files, ImportOptions options, int threads = 1)
    {
        var orders = new OrderImporter(options);
        var kinds = new (bool IsOrders, ExceptionDispatchInfo? Error)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            try
            {
                kinds[i] = (Guard(files[i], () => Recognise(orders, files[i])).Orders is not null, null);
            }
            catch (Exception e)
            {
                kinds[i] = (false, ExceptionDispatchInfo.Capture(e));
            }
        });

        foreach (var (isOrders, error) in kinds)
        {
            error?.Throw();
            if (!isOrders)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Recognised(HeaderMatch? Orders, SessionHeaderMatch? Sessions, IReadOnlyList<DetailSheetMatch>? Details = null);

    private static Recognised Recognise(OrderImporter orders, string path)
    {
        var head = TableSource.ReadRows(path).Take(FileKindDetector.HeaderScanRows).ToList();
        if (FileKindDetector.Detect(head, orders.Layouts) is { } orderMatch)
        {
            return new Recognised(orderMatch, null);
        }

        if (SessionImporter.Detect(head, KnownSessionLayouts.All) is { } sessionMatch)
        {
            return new Recognised(null, sessionMatch);
        }

        if (DetailImporter.Detect(path) is { Count: > 0 } sheets)
        {
            return new Recognised(null, null, sheets);
        }

        throw UnrecognisedFile.Create(path, head, orders.Layouts, orders.Options.Map is not null);
    }

    /// <summary>Runs a read of one file, turning I/O and spreadsheet failures into user errors.</summary>
    public static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (IOException e)
        {
            throw new UserInputException(new LocalText("error.input.unreadable", ("path", path), ("reason", e.Message)), ExitCodes.InputNotFound);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserInputException(new LocalText("error.input.permission", ("path", path)), ExitCodes.InputNotFound);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            throw new UserInputException(new LocalText("error.input.notspreadsheet", ("path", path), ("reason", e.Message)), ExitCodes.BrokenFile);
        }
    }
}

/// <summary>Order-only import, for callers that have no use for LIVE reports.</summary>
public static class OrderImport
{
    public static ImportSummary Run(
        IEnumerable<string> inputs,
        ImportOptions options,
        Action<OrderLine> accept,
        Action<RejectedRow>? reject = null,
        IProgress<ImportProgress>? progress = null) =>
        InputImport.Run(inputs, options, new ImportSink { OnOrderLine = accept, OnReject = reject }, progress);
}
