using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Formats;
using LivePeak.Analytics.Generate.Simulation;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// Writes realistic, fully synthetic order exports (<c>livepeak generate</c>): a Vietnamese
/// farm-produce seller's sales with LIVE peaks at 10:00-12:00 and 20:00-22:00, busier weekends,
/// multi-line orders, discounts, cancellations, returns and open orders, in the exact layout
/// of each platform's export. Only <see cref="Random"/> with the given seed is used, so the
/// same options give the same files on any machine. All buyer data is invented.
/// </summary>
public static class ExportGenerator
{
    /// <summary>The <c>--map</c> that reads <see cref="ExportFormat.Generic"/> files (with <see cref="GenericCulture"/>).</summary>
    public const string GenericMap =
        "date=Ngày;time=Giờ;order=Số HĐ;product=Mã hàng;product_name=Tên hàng;quantity=SL;unit_price=Đơn giá;amount=Thành tiền;status=Trạng thái;shop=Cửa hàng";

    /// <summary>The <c>--culture</c> <see cref="ExportFormat.Generic"/> files write money in (<c>1.250.000</c>).</summary>
    public const string GenericCulture = "vi-VN";

    /// <summary>
    /// Writes the export file(s) into <paramref name="outDir"/> (created if missing) and returns
    /// their paths: one file per shop, except <see cref="ExportFormat.Canonical"/> (one file).
    /// </summary>
    public static IReadOnlyList<string> Write(GenerateOptions options, string outDir)
    {
        var files = Files(options);
        Directory.CreateDirectory(outDir);
        return files.Select(f => ExportFileWriter.Write(f, outDir)).ToList();
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
    /// The shops' names, shop 1 first (<c>Nông sản Tây Bắc</c>, ...): the shop of the lines of each
    /// per-shop file, and the name to import that file under.
    /// </summary>
    public static IReadOnlyList<string> ShopNames(GenerateOptions options)
    {
        options.Validate();
        return Enumerable.Range(1, options.Shops).Select(i => ShopInfo.Create(i).Name).ToList();
    }

    internal static IReadOnlyList<ExportFile> Files(GenerateOptions options)
    {
        var simulation = new SalesSimulation(options);
        var files = options.Format switch
        {
            ExportFormat.TikTok => TikTokExport.Files(simulation, xlsx: false),
            ExportFormat.TikTokXlsx => TikTokExport.Files(simulation, xlsx: true),
            ExportFormat.Shopee => ShopeeExport.Files(simulation, csv: false),
            ExportFormat.ShopeeCsv => ShopeeExport.Files(simulation, csv: true),
            ExportFormat.Generic => GenericPosExport.Files(simulation),
            ExportFormat.Canonical => CanonicalExport.Files(simulation),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "unknown export format"),
        };
        return files.ToList();
    }
}
