using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Cli;

/// <summary>
/// Several shops' TikTok and Shopee exports carry no shop name; with <c>generate --folder-per-shop</c>
/// each shop's files sit in a folder named after it, and <c>--shop-from-folder</c> reads them back
/// as separate shops.
/// </summary>
[TestFixture]
public sealed class ShopFromFolderCommandTests
{
    [Test]
    public void Evaluate_sees_each_shop_of_a_generated_class_only_when_shops_come_from_folders()
    {
        using var folder = new TempFolder();
        var data = folder.File("class");
        var generate = CliRun.Of("generate", "--shops", "3", "--weeks", "8", "--planted", "best", "--folder-per-shop", "--seed", "5", "--out", data);
        Assert.That(generate.ExitCode, Is.EqualTo(ExitCodes.Ok), generate.Error);
        var shopFolders = Directory.GetDirectories(data).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(shopFolders, Has.Count.EqualTo(3));
        Assert.That(shopFolders.All(f => Directory.GetFiles(Path.Combine(data, f!)).Length == 2), Is.True, "each shop: its orders and its LIVE list");

        Assert.That(ShopsInFirstFold(CliRun.Of("evaluate", data, "--json", "--shop-from-folder")), Is.EqualTo(3));
        Assert.That(ShopsInFirstFold(CliRun.Of("evaluate", data, "--json")), Is.EqualTo(1), "without the option every file is the default shop");
    }

    [Test]
    public void The_same_order_id_in_two_shops_folders_is_two_orders_not_a_duplicate()
    {
        using var folder = new TempFolder();
        const string Header = "order_id,created_at,shop,product_id,quantity,amount\n";
        // No shop value in the rows: the folder names the shop, or both files are one shop and the
        // second file's line is a duplicate of the first's.
        folder.Write("a/orders.csv", Header + "1001,2025-03-03 10:15:00,,P1,1,50000\n");
        folder.Write("b/orders.csv", Header + "1001,2025-03-03 10:15:00,,P1,1,50000\n");
        foreach (var fast in new[] { true, false })
        {
            string[] common = ["slots", folder.Path, "--json", .. fast ? Array.Empty<string>() : ["--no-fast-path"]];
            var apart = JsonDocument.Parse(CliRun.Of([.. common, "--shop-from-folder"]).Output).RootElement;
            var together = JsonDocument.Parse(CliRun.Of(common).Output).RootElement;
            Assert.That(OrdersIn(apart), Is.EqualTo(2), $"fast path {fast}: two shops, two orders");
            Assert.That(OrdersIn(together), Is.EqualTo(1), $"fast path {fast}: one shop, the second line a duplicate");
        }
    }

    private static int ShopsInFirstFold(CliRun run)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("folds")[0].GetProperty("shops").GetInt32();
    }

    private static long OrdersIn(JsonElement slots) =>
        slots.GetProperty("slots").EnumerateArray().Sum(s => s.GetProperty("orders").GetInt64());
}
