using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Import;

/// <summary>Which shop a file's unnamed rows belong to.</summary>
[TestFixture]
public sealed class ImportOptionsTests
{
    [TestCase(false, "/data/shops/ba-tu/orders.csv", "default", Reason = "without the option every file is the default shop")]
    [TestCase(true, "/data/shops/ba-tu/orders.csv", "ba-tu", Reason = "the folder the file is in")]
    [TestCase(true, "/data/Nông sản Tây Bắc/orders.csv", "Nông sản Tây Bắc", Reason = "a folder name with spaces and Vietnamese letters")]
    [TestCase(true, "/orders.csv", "default", Reason = "a file at the root has no folder to name it")]
    public void A_files_shop(bool fromFolder, string path, string expected) =>
        Assert.That(new ImportOptions { ShopFromFolder = fromFolder }.ShopOf(path), Is.EqualTo(expected));
}
