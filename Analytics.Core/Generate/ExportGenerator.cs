using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Formats;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Generate.Simulation;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// Writes realistic, fully synthetic order exports and LIVE reports (<c>livepeak generate</c>): a
/// Vietnamese farm-produce seller's sales with LIVE peaks at 10:00-12:00 and 20:00-22:00, busier
/// weekends, multi-line orders, discounts, cancellations, returns and open orders, and the LIVEs
/// behind the peaks, in the exact layout of each platform's export. LIVE reports and order logs
/// come from the same simulated LIVEs: the orders placed through a LIVE fall inside it, and the
/// GMV a report gives a LIVE is close to, but not the same as, the order log's (platforms
/// attribute by their own rules). Only <see cref="Random"/> with the given seed is used, so the
/// same options give the same files on any machine. All buyer data is invented.
/// </summary>
public static class ExportGenerator
{
    /// <summary>The <c>--map</c> that reads <see cref="ExportFormat.Generic"/> files (with <see cref="GenericCulture"/>).</summary>
    public const string GenericMap =
        "date=Ngày;time=Giờ;order=Số HĐ;product=Mã hàng;product_name=Tên hàng;quantity=SL;unit_price=Đơn giá;amount=Thành tiền;status=Trạng thái;shop=Cửa hàng;platform=Kênh";

    /// <summary>The <c>--culture</c> <see cref="ExportFormat.Generic"/> files write money in (<c>1.250.000</c>).</summary>
    public const string GenericCulture = "vi-VN";

    /// <summary>
    /// Writes the export file(s) into <paramref name="outDir"/> (created if missing) and returns
    /// their paths: one file per shop (<see cref="ExportFormat.Canonical"/>: one file), the order
    /// files first, then the LIVE reports (<see cref="ExportFormat.TikTokLiveDetail"/>: one per shop
    /// that went LIVE). With <see cref="GenerateOptions.Planted"/> set, the last path is the truth
    /// file (<see cref="PlantedExport.TruthFileName"/>, JSON, which no command reads as an input).
    /// </summary>
    public static IReadOnlyList<string> Write(GenerateOptions options, string outDir)
    {
        var simulation = new SalesSimulation(options);
        var files = Files(simulation);
        Directory.CreateDirectory(outDir);
        var written = files.Select(f => ExportFileWriter.Write(f, FolderOf(f, options, outDir))).ToList();
        if (simulation.Planted is { } planted)
        {
            written.Add(PlantedExport.WriteTruth(planted, options.Planted!.Value, Path.Combine(outDir, PlantedExport.TruthFileName)));
        }

        return written;
    }

    /// <summary>
    /// With <see cref="GenerateOptions.FolderPerShop"/>, a shop's files go into a folder named after
    /// the shop, which <c>--shop-from-folder</c> reads back as the shop of files that name none.
    /// </summary>
    private static string FolderOf(ExportFile file, GenerateOptions options, string outDir)
    {
        if (!options.FolderPerShop || file.Shop is null)
        {
            return outDir;
        }

        var folder = Path.Combine(outDir, file.Shop.Name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// The order lines the files contain, in file order (shop by shop), as an importer should
    /// read them back: times only as precise as the layout writes them, channel only where the
    /// layout has one, the shop named as in <c>Lines</c> (platform files carry no shop name, so
    /// import them with that name as the default shop).
    /// </summary>
    public static IReadOnlyList<OrderLine> Lines(GenerateOptions options) =>
        Files(options).SelectMany(f => f.Rows).Where(r => r.Line is not null).Select(r => r.Line!).ToList();

    /// <summary>
    /// The LIVE sessions the files contain, in file order, as an importer should read them back:
    /// times as precise as each report writes them, metrics as each report names and rounds them,
    /// the shop named as in <see cref="ShopNames"/> (import files without a shop column with that
    /// name as the default shop; Meta's export names its page). A detail export's LIVE is the one
    /// an importer rebuilds from its trend (<see cref="LiveSession.FromTrend"/>).
    /// </summary>
    public static IReadOnlyList<LiveSession> Sessions(GenerateOptions options) =>
        Files(options).SelectMany(f => f.AllRows.Where(r => r.Session is not null).Select(r => r.Session!)
            .Concat(f.TrendSession is { } trend ? [trend] : [])).ToList();

    /// <summary>The LIVE detail exports' contents (<see cref="LiveDetail.SourcePath"/> is the file name).</summary>
    public static IReadOnlyList<LiveDetail> Details(GenerateOptions options) =>
        Files(options).Where(f => f.Detail is not null).Select(f => f.Detail!).ToList();

    /// <summary>
    /// Every simulated LIVE of the period, shop by shop and oldest first, with the ids of the orders
    /// placed through it as the format's platform names them (TikTok or Shopee order ids, POS invoice
    /// numbers for Facebook), whether or not the format writes orders. Empty for
    /// <see cref="ExportFormat.Canonical"/>, whose sales have no LIVEs.
    /// </summary>
    public static IReadOnlyList<GeneratedLive> Lives(GenerateOptions options) =>
        GeneratedLives.Of(new SalesSimulation(options), options.Format.LivePlatform()).ToList();

    /// <summary>
    /// The shops' names, shop 1 first (<c>Nông sản Tây Bắc</c>, ...): the shop of the lines of each
    /// per-shop file, and the name to import that file under.
    /// </summary>
    public static IReadOnlyList<string> ShopNames(GenerateOptions options)
    {
        options.Validate();
        return Enumerable.Range(1, options.Shops).Select(i => ShopInfo.Create(i).Name).ToList();
    }

    internal static IReadOnlyList<ExportFile> Files(GenerateOptions options) => Files(new SalesSimulation(options));

    private static IReadOnlyList<ExportFile> Files(SalesSimulation simulation)
    {
        var options = simulation.Options;
        var orders = options.Format switch
        {
            ExportFormat.TikTok => TikTokExport.Files(simulation, xlsx: false),
            ExportFormat.TikTokXlsx => TikTokExport.Files(simulation, xlsx: true),
            ExportFormat.Shopee => ShopeeExport.Files(simulation, csv: false),
            ExportFormat.ShopeeCsv => ShopeeExport.Files(simulation, csv: true),
            ExportFormat.Generic => GenericPosExport.Files(simulation),
            ExportFormat.Canonical => CanonicalExport.Files(simulation),
            _ => [],
        };

        // An order format's platform LIVE list goes beside the orders; LIVE formats write only LIVEs.
        var lives = options.Format switch
        {
            ExportFormat.TikTok or ExportFormat.TikTokXlsx => options.LiveList ? TikTokLiveAnalysisExport.Files(simulation) : [],
            ExportFormat.Shopee or ExportFormat.ShopeeCsv => options.LiveList ? ShopeeLiveExport.Files(simulation) : [],
            ExportFormat.Generic => options.LiveList ? MetaContentExport.Files(simulation) : [],
            ExportFormat.Canonical => [],
            ExportFormat.TikTokLiveAnalysis => TikTokLiveAnalysisExport.Files(simulation),
            ExportFormat.TikTokCreatorLive => TikTokCreatorLiveExport.Files(simulation),
            ExportFormat.TikTokAffiliateLive => TikTokAffiliateLiveExport.Files(simulation),
            ExportFormat.TikTokLiveDetail => TikTokLiveDetailExport.Files(simulation),
            ExportFormat.TikTokLiveListLegacy => TikTokLiveListLegacyExport.Files(simulation),
            ExportFormat.TikTokLiveList2023 => TikTokLiveList2023Export.Files(simulation),
            ExportFormat.ShopeeLive => ShopeeLiveExport.Files(simulation),
            ExportFormat.MetaContent => MetaContentExport.Files(simulation),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "unknown export format"),
        };
        return orders.Concat(lives).ToList();
    }
}
