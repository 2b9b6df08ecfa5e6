using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Import;

/// <summary>Which files a run reads, and in what order: newest export first, so overlaps keep the freshest status.</summary>
[TestFixture]
public sealed class InputFilesTests
{
    [TestCase("Order.all.20260101_20260131.xlsx", 20260131, TestName = "Shopee: the end of the date range")]
    [TestCase("Order.all.order_creation_date.20260101_20260131_part_1_of_8.xlsx", 20260131, TestName = "Shopee: a split part")]
    [TestCase("Order.all.20260201_20260228 (1).xlsx", 20260228, TestName = "Shopee: a browser duplicate")]
    [TestCase("Tất cả đơn hàng-2026-08-04-11_54.xlsx", 20260804, TestName = "TikTok: the dashed export date, not the time")]
    [TestCase("orders.csv", 0, TestName = "No date in the name")]
    [TestCase("export-20261399.csv", 0, TestName = "Not a real month and day")]
    [TestCase("id-202601011234.csv", 0, TestName = "Digits inside a longer number are not a date")]
    public void Latest_date_in_a_file_name(string name, int expected) =>
        Assert.That(InputFiles.LatestDateInName(Path.Combine("some", "folder", name)), Is.EqualTo(expected));

    [Test]
    public void A_folder_expands_to_its_data_files_newest_export_first_without_sidecars()
    {
        var folder = Path.Combine(Path.GetTempPath(), "livepeak-inputs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "shopee"));
        try
        {
            string[] names =
            [
                "shopee/Order.all.20260101_20260131.xlsx", "shopee/Order.all.20260201_20260228.xlsx", "pos.csv",
                "notes.docx", "pos.rejects.csv", "~$Order.all.20260301_20260331.xlsx",
            ];
            foreach (var name in names)
            {
                File.WriteAllText(Path.Combine(folder, name), "x");
            }

            var files = InputFiles.Expand([folder]).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'));

            Assert.That(files, Is.EqualTo(new[]
            {
                "shopee/Order.all.20260201_20260228.xlsx", "shopee/Order.all.20260101_20260131.xlsx", "pos.csv",
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_missing_input_is_reported_with_its_exit_code()
    {
        var error = Assert.Throws<UserInputException>(() => InputFiles.Expand(["/no/such/place.csv"]));

        Assert.That((error!.ExitCode, error.Message), Is.EqualTo((ExitCodes.InputNotFound, "/no/such/place.csv: no such file or folder")));
    }
}
