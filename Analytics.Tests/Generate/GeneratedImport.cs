using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Tests.Generate;

/// <summary>Imports generated files the way a user would: platform files under their shop's name, POS logs with the map.</summary>
internal static class GeneratedImport
{
    public sealed record Result(List<OrderLine> Lines, List<RejectedRow> Rejects, List<FileReport> Reports);

    public static ImportOptions OptionsFor(ExportFormat format, string shop) => format == ExportFormat.Generic
        ? new ImportOptions { Map = ColumnMap.Parse(ExportGenerator.GenericMap), Culture = CultureInfo.GetCultureInfo(ExportGenerator.GenericCulture), DefaultShop = shop }
        : new ImportOptions { DefaultShop = shop };

    public static Result Import(GenerateOptions options, IReadOnlyList<string> paths)
    {
        var shops = ExportGenerator.ShopNames(options);
        var result = new Result([], [], []);
        for (var i = 0; i < paths.Count; i++)
        {
            // Canonical files name their shops; per-shop files are imported under the shop they belong to.
            var shop = paths.Count == shops.Count ? shops[i] : "default";
            var importer = new OrderImporter(OptionsFor(options.Format, shop));
            result.Reports.Add(importer.Import(paths[i], result.Lines.Add, result.Rejects.Add));
        }

        return result;
    }
}
