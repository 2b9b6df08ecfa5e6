using System.Globalization;
using System.Text.RegularExpressions;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Tests.Generate;

/// <summary>
/// Imports generated files the way a user would: each shop's files under its shop's name (the
/// shop number is in every per-shop file name), POS logs with the map.
/// </summary>
internal static partial class GeneratedImport
{
    public sealed record Result(List<OrderLine> Lines, List<LiveSession> Sessions, List<LiveDetail> Details, List<RejectedRow> Rejects, List<FileReport> Reports);

    public static ImportOptions OptionsFor(ExportFormat format, string shop) => format == ExportFormat.Generic
        ? new ImportOptions { Map = ColumnMap.Parse(ExportGenerator.GenericMap), Culture = CultureInfo.GetCultureInfo(ExportGenerator.GenericCulture), DefaultShop = shop }
        : new ImportOptions { DefaultShop = shop };

    /// <summary>Each file on its own, in the given order, under the shop named in its file name.</summary>
    public static Result Import(GenerateOptions options, IReadOnlyList<string> paths)
    {
        var result = new Result([], [], [], [], []);
        var sink = Sink(result);
        foreach (var path in paths)
        {
            var summary = InputImport.Run([path], OptionsFor(options.Format, ShopOf(options, path)), sink);
            result.Reports.AddRange(summary.Files);
        }

        return result;
    }

    /// <summary>All the files in one run, under one shop name (a user importing one shop's folder).</summary>
    public static Result ImportTogether(IReadOnlyList<string> paths, ImportOptions options, Action<OrderLine>? line = null, Action<LiveSession>? session = null)
    {
        var result = new Result([], [], [], [], []);
        var sink = Sink(result, line, session);
        result.Reports.AddRange(InputImport.Run(paths, options, sink).Files);
        return result;
    }

    /// <summary>The shop a per-shop file belongs to; files of all shops (canonical) are "default".</summary>
    public static string ShopOf(GenerateOptions options, string path)
    {
        var match = ShopInName().Match(Path.GetFileName(path));
        return match.Success ? ExportGenerator.ShopNames(options)[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1] : "default";
    }

    private static ImportSink Sink(Result result, Action<OrderLine>? line = null, Action<LiveSession>? session = null) => new()
    {
        OnOrderLine = l =>
        {
            result.Lines.Add(l);
            line?.Invoke(l);
        },
        OnSession = s =>
        {
            result.Sessions.Add(s);
            session?.Invoke(s);
        },
        OnLiveDetail = result.Details.Add,
        OnReject = result.Rejects.Add,
    };

    [GeneratedRegex(@"(?<![A-Za-z])shop(\d+)(?!\d)")]
    private static partial Regex ShopInName();
}
