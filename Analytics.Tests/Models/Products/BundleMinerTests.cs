using LivePeak.Analytics.Models.Products;

namespace LivePeak.Tests.Models.Products;

/// <summary>
/// The miner counts sets over product numbers; the plain reading over id strings
/// (<see cref="BundleMinerOracle"/>) must give exactly the same rules, numbers and order. The hand
/// counts of a small basket set are in <c>ProductMixTests</c>.
/// </summary>
[TestFixture]
public sealed class BundleMinerTests
{
    // Ids whose ordinal order differs from the order they are met in, and from culture orders.
    private static readonly string[] Ids = ["b", "A", "a", "Á", "10", "9", "Z", "chè", "Che", "P00012", "P0012", "x y"];

    [Test]
    public void Random_baskets_give_the_rules_of_the_plain_reading()
    {
        var random = new Random(20261207);
        var withRules = 0;
        for (var run = 0; run < 300; run++)
        {
            var products = Ids.Take(random.Next(2, Ids.Length + 1)).ToArray();
            var baskets = Enumerable.Range(0, random.Next(0, 120))
                .Select(_ => (IReadOnlyCollection<string>)products.Where(_ => random.NextDouble() < 0.35).OrderBy(_ => random.Next()).ToArray())
                .ToList();
            var options = new ProductMixOptions
            {
                MinSupport = new[] { 0.01, 0.05, 0.2, 1.0 }[random.Next(4)],
                MinCount = random.Next(1, 4),
                MinLift = new[] { 0.0, 1.0, 1.2 }[random.Next(3)],
                MaxRuleSize = random.Next(2, 4),
            };

            var expected = BundleMinerOracle.Mine(baskets, options).Select(Text).ToList();
            var actual = BundleMiner.Mine(BasketTable.From(baskets), options).Select(Text).ToList();

            Assert.That(actual, Is.EqualTo(expected), $"run {run}: {baskets.Count} baskets, {options}");
            withRules += expected.Count > 0 ? 1 : 0;
        }

        Assert.That(withRules, Is.GreaterThan(100), "enough runs make rules to compare");
    }

    [Test]
    public void More_frequent_products_than_the_pair_array_holds_give_the_same_rules()
    {
        // 5,000 products each in a few of 4,000 baskets, every one frequent at a count of one:
        // past 4,096 frequent products pairs are counted in a dictionary instead of an array.
        var random = new Random(7);
        var products = Enumerable.Range(0, 5000).Select(i => $"P{i:D5}").ToArray();
        var baskets = Enumerable.Range(0, 4000)
            .Select(b => (IReadOnlyCollection<string>)Enumerable.Range(0, 5).Select(i => products[(b * 5 + i) % 5000]).Concat([products[random.Next(50)]]).Distinct().ToArray())
            .ToList();
        var options = new ProductMixOptions { MinSupport = 1e-6, MinCount = 1, MinLift = 1.0 };

        var expected = BundleMinerOracle.Mine(baskets, options).Select(Text).ToList();
        var actual = BundleMiner.Mine(BasketTable.From(baskets), options).Select(Text).ToList();

        Assert.That(baskets.SelectMany(b => b).Distinct().Count(), Is.GreaterThan(4096));
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(actual.Count(r => r.Contains('+')), Is.GreaterThan(0), "some rules have two products on the left");
    }

    [Test]
    public void A_basket_table_gives_back_each_basket_in_order()
    {
        IReadOnlyCollection<string>[] baskets = [["b", "A"], [], ["A"], ["chè", "b", "Z"]];

        var table = BasketTable.From(baskets);

        Assert.That(table, Has.Count.EqualTo(4));
        Assert.That(table.Select(b => string.Join(",", b)), Is.EqualTo(new[] { "b,A", "", "A", "chè,b,Z" }));
        Assert.That(table.ProductIds, Is.EqualTo(new[] { "b", "A", "chè", "Z" }), "numbered as first met");
        Assert.That(table.Products(3).ToArray(), Is.EqualTo(new[] { 2, 0, 3 }));
    }

    [Test]
    public void A_basket_of_numbers_the_table_never_gave_is_refused()
    {
        var table = new BasketTable();
        var a = table.NumberOf("A");

        Assert.That(() => table.Add([a, a + 1]), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(table, Is.Empty, "nothing of the refused basket is kept");
    }

    [Test]
    public void Sales_list_baskets_added_by_key_in_key_order_then_those_added_whole()
    {
        var sales = new ProductSales(BasketKind.Order);
        sales.AddBasket(["C"]);
        sales.AddToBasket("order 2", "B");
        sales.AddToBasket("order 1", "A");
        sales.AddToBasket("order 2", "A");
        sales.AddBasket([sales.BasketNumberOf("D"), sales.BasketNumberOf("C")]);

        Assert.That(sales.Baskets().Select(b => string.Join(",", b.Order(StringComparer.Ordinal))), Is.EqualTo(new[] { "A", "A,B", "C", "C,D" }));
    }

    private static string Text(BundleRule r) =>
        FormattableString.Invariant($"{string.Join("+", r.If)} => {string.Join("+", r.Then)} s{r.Support:R} c{r.Confidence:R} l{r.Lift:R} n{r.Count}");
}
