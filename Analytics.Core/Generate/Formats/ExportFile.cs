using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>A file to write: its name, container and rows, produced lazily.</summary>
internal sealed record ExportFile(string FileName, FileContainer Container, string SheetName, IEnumerable<ExportRow> Rows)
{
    /// <summary>Sheets after the first, for XLSX containers.</summary>
    public IReadOnlyList<ExportSheet> MoreSheets { get; init; } = [];

    /// <summary>For a LIVE detail export: what an importer should read from the whole file.</summary>
    public LiveDetail? Detail { get; init; }

    /// <summary>For a LIVE detail export: the LIVE an importer rebuilds from its trend.</summary>
    public LiveSession? TrendSession { get; init; }

    /// <summary>The shop whose file this is; none for a file of every shop.</summary>
    public ShopInfo? Shop { get; init; }

    /// <summary>Every row of every sheet.</summary>
    public IEnumerable<ExportRow> AllRows => Rows.Concat(MoreSheets.SelectMany(s => s.Rows));
}
