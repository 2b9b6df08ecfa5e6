using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// A run of many files reuses its workers' totals file after file and adds every file's products to
/// one table; the answer is the general path's for all the files, whichever merge each file takes.
/// </summary>
[TestFixture]
public sealed class FastTotalsPoolTests
{
    // Nine days, so some weekdays (and their slots) come back in a later file.
    private const int Days = 9;

    [TestCase(int.MaxValue, 1, TestName = "Every file lists the cells it filled, one worker")]
    [TestCase(0, 1, TestName = "No cell is listed: every file merges product by product")]
    [TestCase(25, 2, TestName = "The list overflows part way through each file, two workers")]
    [TestCase(FastTotals.DefaultMaxListedCells, 3, TestName = "The default list size, three workers")]
    public void Files_read_with_pooled_totals_add_up_to_the_general_paths_answer(int maxListedCells, int threads)
    {
        using var temp = new TempFolder();
        var files = DailyOrderFiles.Write(temp, Days);
        var options = new ImportOptions();
        var pool = new FastTotalsPool(SlotLength.Hour, maxListedCells);
        var products = new ProductSlotTable(SlotLength.Hour);
        var cube = new SlotCube(SlotLength.Hour, options.Zone.Id);
        var rejects = 0L;

        foreach (var path in files)
        {
            // Small chunks, so each worker reads several of every file.
            var result = FastOrderReader.Read(path, options, SlotLength.Hour, threads, chunkBytes: 1500, pool, products, out var declined);
            Assert.That(result, Is.Not.Null, declined);
            Assert.That(result!.Products, Is.SameAs(products), "the file's products went into the run's table");
            cube.Merge(result.Cube);
            rejects += result.Rejects.Count;
        }

        var general = new CubeBuilder(new CubeOptions());
        InputImport.Run(files, options, new ImportSink { OnOrderLine = general.AddLine });
        Assert.That(products.Rows(), Is.EqualTo(general.Products.Rows()));
        Assert.That(products.Rows().Where(r => r.ProductId == "P003").Select(r => r.ProductName).Distinct(), Is.EqualTo(new[] { DailyOrderFiles.NameOfP003(Days - 1) }),
            "a product keeps the first name the run saw: the newest export's");
        Assert.That(cube.AllSlots(), Is.EqualTo(general.Cube.AllSlots()));
        Assert.That(rejects, Is.EqualTo(Days));
        Assert.That(pool.Created, Is.EqualTo(threads), "one set of totals per worker (the first also reads the header rows), however many files");
    }

    [TestCase(0, TestName = "Thousands of products merged cell by cell, across several blocks of them, give the general path's table")]
    [TestCase(int.MaxValue, TestName = "The same products merged from the listed cells")]
    public void Many_products_merge_to_the_general_paths_table(int maxListedCells)
    {
        using var temp = new TempFolder();
        // 1,200 products: each worker holds several blocks of 256, the last one part full.
        var path = LivePeak.Analytics.Generate.CanonicalStream.WriteFile(temp.Path, 30_000, seed: 4, shops: 20, products: 1_200);
        var options = new ImportOptions();
        var products = new ProductSlotTable(SlotLength.Hour);

        var result = FastOrderReader.Read(path, options, SlotLength.Hour, threads: 2, chunkBytes: 64 << 10, new FastTotalsPool(SlotLength.Hour, maxListedCells), products, out var declined);

        Assert.That(result, Is.Not.Null, declined);
        var general = new CubeBuilder(new CubeOptions());
        InputImport.Run([path], options, new ImportSink { OnOrderLine = general.AddLine });
        Assert.That(general.Products.ProductCount, Is.GreaterThan(1_000));
        Assert.That(products.Rows(), Is.EqualTo(general.Products.Rows()));
    }

    [Test]
    public void Files_read_at_the_same_time_and_added_in_file_order_give_the_general_paths_answer()
    {
        using var temp = new TempFolder();
        var files = DailyOrderFiles.Write(temp, Days);
        var options = new ImportOptions();
        var pool = new FastTotalsPool(SlotLength.Hour);
        var products = new ProductSlotTable(SlotLength.Hour);
        var cube = new SlotCube(SlotLength.Hour, options.Zone.Id);

        // Every file at once, finishing in whatever order; added to the run in file order, as a
        // run does: into cells numbered for the run, which reach the table when completed (here
        // twice, part way and at the end: a completed cell is emptied, not added again).
        var runCells = new RunProductCells(products);
        var reads = files.Select(path => Task.Run(() => FastOrderReader.ReadFile(path, options, SlotLength.Hour, 1, chunkBytes: 1500, pool, out _))).ToList();
        for (var i = 0; i < reads.Count; i++)
        {
            cube.Merge(reads[i].Result!.AddProductsTo(runCells).Cube);
            if (i == reads.Count / 2)
            {
                runCells.Complete();
            }
        }

        runCells.Complete();

        var general = new CubeBuilder(new CubeOptions());
        InputImport.Run(files, options, new ImportSink { OnOrderLine = general.AddLine });
        Assert.That(products.Rows(), Is.EqualTo(general.Products.Rows()));
        Assert.That(cube.AllSlots(), Is.EqualTo(general.Cube.AllSlots()));
        Assert.That(pool.Created, Is.InRange(1, files.Count), "no more totals than files read at once");
    }

    [Test]
    public void A_read_file_that_is_never_added_gives_its_totals_back()
    {
        using var temp = new TempFolder();
        var path = DailyOrderFiles.Write(temp, Days)[0];
        var pool = new FastTotalsPool(SlotLength.Hour);

        using (FastOrderReader.ReadFile(path, new ImportOptions(), SlotLength.Hour, 2, chunkBytes: 1500, pool, out _))
        {
        }

        var again = FastOrderReader.ReadFile(path, new ImportOptions(), SlotLength.Hour, 2, chunkBytes: 1500, pool, out _);
        Assert.That(pool.Created, Is.EqualTo(2), "the second read reused the first one's two totals");
        Assert.That(again!.AddProductsTo(new ProductSlotTable(SlotLength.Hour)).Products.Rows(), Is.Not.Empty);
        Assert.That(() => again.AddProductsTo(new ProductSlotTable(SlotLength.Hour)), Throws.InstanceOf<ObjectDisposedException>(), "a read is added once");
    }

    [Test]
    public void A_file_the_fast_path_declines_leaves_the_runs_products_untouched()
    {
        using var temp = new TempFolder();
        var products = new ProductSlotTable(SlotLength.Hour);
        var path = temp.Write("orders.csv", "order_id,created_at,product_id,quantity,amount\n1,2026-06-01 10:00:00,A,1,10\n2,2026-06-02 10:05:00,B,1,10\n3,2026-06-01 11:00:00,C,1,10\n");

        var result = FastOrderReader.Read(path, new ImportOptions(), SlotLength.Hour, 1, null, new FastTotalsPool(SlotLength.Hour), products, out var declined);

        Assert.That(result, Is.Null, "out of time order");
        Assert.That(declined, Is.Not.Null);
        Assert.That(products.ProductCount, Is.Zero);
    }

    [Test]
    public void Reused_totals_keep_numbering_products_but_name_each_from_its_first_row_in_the_new_file()
    {
        var totals = new FastTotals(SlotLength.Hour);
        totals.AddProduct(0, 10_000, 5, "P1"u8, "Old name"u8, position: 1);
        var number = totals.Products.IndexOf("P1"u8);

        totals.Reset();

        Assert.That(totals.FirstNameOf("P1"u8), Is.Null, "not seen in the new file yet");
        Assert.That(totals.ProductNamesSeen(), Is.Empty);
        totals.AddProduct(3, 10_000, 5, "P1"u8, "New name"u8, position: 7);
        totals.AddProduct(4, 10_000, 5, "P1"u8, "Later name"u8, position: 9);
        Assert.That(totals.Products.IndexOf("P1"u8), Is.EqualTo(number), "numbered once for the run");
        Assert.That(totals.FirstNameOf("P1"u8), Is.EqualTo(("New name", 7L)), "the new file's first row names it, though the old file saw it earlier in its own rows");
        Assert.That(totals.ProductNamesSeen(), Is.EqualTo(new[] { ("P1", "New name", 7L) }));
    }
}
