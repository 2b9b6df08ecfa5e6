using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Import;

/// <summary>What the import stage read from all inputs, file by file.</summary>
public sealed record ImportSummary(IReadOnlyList<FileReport> Files)
{
    public long RowsRead => Files.Sum(f => f.RowsRead);

    public long RowsAccepted => Files.Sum(f => f.RowsAccepted);

    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    public long RowsDuplicate => Files.Sum(f => f.RowsDuplicate);
}

/// <summary>Progress of a run over several files, for a progress bar.</summary>
public readonly record struct ImportProgress(int FileIndex, int FileCount, string Path, long BytesDone, long BytesTotal);

/// <summary>
/// The import stage's entry point: expands inputs, reads every file with one
/// <see cref="OrderImporter"/> (so duplicates are found across files) and streams accepted lines
/// to the next stage. Nothing but <see cref="OrderLine"/>s and rejects leaves this stage.
/// </summary>
public static class OrderImport
{
    public static ImportSummary Run(
        IEnumerable<string> inputs,
        ImportOptions options,
        Action<OrderLine> accept,
        Action<RejectedRow>? reject = null,
        IProgress<ImportProgress>? progress = null)
    {
        var files = InputFiles.Expand(inputs);
        if (files.Count == 0)
        {
            throw new UserInputException("no CSV or spreadsheet files found in the given inputs", ExitCodes.InputNotFound);
        }

        var importer = new OrderImporter(options);
        var reports = new List<FileReport>(files.Count);
        var total = files.Sum(f => new FileInfo(f).Length);
        long done = 0;
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new ImportProgress(i, files.Count, files[i], done, total));
            reports.Add(ReadOne(importer, files[i], accept, reject));
            done += new FileInfo(files[i]).Length;
        }

        progress?.Report(new ImportProgress(files.Count, files.Count, string.Empty, total, total));
        return new ImportSummary(reports);
    }

    private static FileReport ReadOne(OrderImporter importer, string path, Action<OrderLine> accept, Action<RejectedRow>? reject)
    {
        try
        {
            return importer.Import(path, accept, reject);
        }
        catch (IOException e)
        {
            throw new UserInputException($"{path}: cannot read the file ({e.Message})", ExitCodes.InputNotFound);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: permission denied", ExitCodes.InputNotFound);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            throw new UserInputException($"{path}: not a readable spreadsheet ({e.Message})", ExitCodes.BrokenFile);
        }
    }
}
