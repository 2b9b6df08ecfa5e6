using LivePeak.Analytics.Generate;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Generate;

/// <summary>With one folder per shop, every per-shop file of every format lands in its shop's folder.</summary>
[TestFixture]
public sealed class FolderPerShopTests
{
    [TestCaseSource(nameof(PerShopFormats))]
    public void Each_shops_files_sit_in_a_folder_named_after_the_shop(ExportFormat format)
    {
        using var folder = new TempFolder();
        var options = new GenerateOptions { Format = format, Shops = 2, Weeks = 1, OrdersPerDay = 5, FolderPerShop = true };
        var written = ExportGenerator.Write(options, folder.Path);
        var shops = ExportGenerator.ShopNames(options);
        Assert.That(written, Is.Not.Empty);
        foreach (var path in written)
        {
            Assert.That(Path.GetFileName(Path.GetDirectoryName(path)), Is.AnyOf(shops[0], shops[1]), path);
        }
    }

    private static IEnumerable<ExportFormat> PerShopFormats() => Enum.GetValues<ExportFormat>().Where(f => f != ExportFormat.Canonical);
}
