using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Products;
using NodaTime;

namespace LivePeak.Tests.Models;

/// <summary>Bundles against a basket set counted by hand, and product shares of a window.</summary>
[TestFixture]
public sealed class ProductMixTests
{
    // Ten orders. By hand: A in 6, B in 6, C in 4, D in 3; AB in 4 (1,2,3,9), AC in 2 (3,4),
    // BC in 2 (3,5), AD, BD, CD in 1 each; ABC in 1 (3), ABD in 1 (9).
    private static readonly string[][] Orders =
    [
        ["A", "B"], ["A", "B"], ["A", "B", "C"], ["A", "C"], ["B", "C"],
        ["A"], ["B"], ["C", "D"], ["A", "B", "D"], ["D"],
    ];

    private static IReadOnlyList<IReadOnlySet<string>> Baskets() => Orders.Select(o => (IReadOnlySet<string>)o.ToHashSet()).ToList();

    [Test]
    public void Rules_from_sets_in_at_least_20_percent_of_baskets_match_the_hand_count()
    {
        var rules = BundleMiner.Mine(Baskets(), new ProductMixOptions { MinSupport = 0.2, MinCount = 1, MinLift = 0 });

        // support = together / 10; confidence = together / left; lift = confidence / (right / 10).
        Assert.That(rules.Select(Text), Is.EqualTo(new[]
        {
            "A => B s0.4000 c0.6667 l1.1111 n4",
            "B => A s0.4000 c0.6667 l1.1111 n4",
            "A => C s0.2000 c0.3333 l0.8333 n2",
            "B => C s0.2000 c0.3333 l0.8333 n2",
            "C => A s0.2000 c0.5000 l0.8333 n2",
            "C => B s0.2000 c0.5000 l0.8333 n2",
        }), "ABC is in one basket only, so it makes no rule at 20%");
    }

    [Test]
    public void Lower_support_adds_pairs_and_triples_with_their_hand_counts()
    {
        var rules = BundleMiner.Mine(Baskets(), new ProductMixOptions { MinSupport = 0.1, MinCount = 1, MinLift = 0 }).Select(Text).ToList();

        Assert.That(rules, Does.Contain("A+D => B s0.1000 c1.0000 l1.6667 n1"), "AD is in one basket, and it holds B; B is in 6 of 10");
        Assert.That(rules, Does.Contain("A+B => D s0.1000 c0.2500 l0.8333 n1"), "AB is in 4 baskets, one of them with D; D is in 3 of 10");
        Assert.That(rules, Does.Contain("A+B => C s0.1000 c0.2500 l0.6250 n1"));
        Assert.That(rules, Does.Contain("D => C s0.1000 c0.3333 l0.8333 n1"));
        Assert.That(rules, Has.Count.EqualTo(6 + 6 + 6), "six pairs and two triples (three rules each)");
    }

    [Test]
    public void By_default_only_rules_with_lift_above_one_are_kept()
    {
        var rules = BundleMiner.Mine(Baskets(), new ProductMixOptions { MinSupport = 0.2, MinCount = 1 });

        Assert.That(rules.Select(Text), Is.EqualTo(new[] { "A => B s0.4000 c0.6667 l1.1111 n4", "B => A s0.4000 c0.6667 l1.1111 n4" }));
    }

    [Test]
    public void The_trainer_counts_orders_as_baskets_and_leaves_out_cancelled_lines()
    {
        var lines = Orders.SelectMany((items, o) => items.Select(item => Line(o.ToString(System.Globalization.CultureInfo.InvariantCulture), item, 100, Saturday(20)))).ToList();
        // A cancelled C in order 1 must not make an ABC basket of it.
        lines.Add(Line("0", "C", 100, Saturday(20)) with { Status = OrderStatus.Cancelled });

        var mix = new ProductMixTrainer(new ProductMixOptions { MinSupport = 0.2, MinCount = 1 }).Fit(lines.Select(l => new MixLine(l, null)));

        Assert.That(mix.Baskets, Is.EqualTo(10));
        Assert.That(mix.Bundles.Select(Text), Is.EqualTo(new[] { "A => B s0.4000 c0.6667 l1.1111 n4", "B => A s0.4000 c0.6667 l1.1111 n4" }));
    }

    [Test]
    public void LIVE_baskets_hold_everything_sold_in_one_LIVE()
    {
        var lines = new[]
        {
            new MixLine(Line("1", "A", 100, Saturday(20)), "live1"),
            new MixLine(Line("2", "B", 100, Saturday(20)), "live1"),
            new MixLine(Line("3", "A", 100, Saturday(21)), "live2"),
            new MixLine(Line("4", "B", 100, Saturday(21)), "live2"),
            new MixLine(Line("5", "C", 100, Saturday(9)), "live3"),
            new MixLine(Line("6", "C", 100, Saturday(12)), null),
        };

        var mix = new ProductMixTrainer(new ProductMixOptions { Basket = BasketKind.Live, MinSupport = 0.5, MinCount = 1 }).Fit(lines);

        Assert.That(mix.Baskets, Is.EqualTo(3), "an off-LIVE line is in no LIVE basket");
        Assert.That(mix.Bundles.Select(Text), Is.EqualTo(new[] { "A => B s0.6667 c1.0000 l1.5000 n2", "B => A s0.6667 c1.0000 l1.5000 n2" }));
    }

    [Test]
    public void A_windows_share_is_shrunk_toward_the_overall_share_by_the_prior_orders()
    {
        var lines = new[]
        {
            Line("1", "X", 300, Saturday(20)),
            Line("2", "Y", 100, Saturday(21)),
            Line("3", "Y", 400, Saturday(10)),
            Line("4", "Y", 400, Saturday(10)),
        };

        var mix = new ProductMixTrainer(new ProductMixOptions { PriorOrders = 2 }).Fit(lines.Select(l => new MixLine(l, null)));
        var top = mix.Top(new Window(new Slot(IsoDayOfWeek.Saturday, 20 * 60, SlotLength.Hour), 2), 5);

        // Prior: 2 orders of the average 1200 / 4 = 600 VND, split 25% X, 75% Y.
        // X: (300 + 600 x 0.25) / (400 + 600) = 0.45; Y: (100 + 600 x 0.75) / 1000 = 0.55.
        Assert.That(top.Select(p => (p.ProductId, p.Gmv, p.Orders)), Is.EqualTo(new[] { ("Y", 100.0, 1L), ("X", 300.0, 1L) }));
        Assert.That(top.Select(p => p.Share), Is.EqualTo(new[] { 0.55, 0.45 }).Within(1e-12));
        Assert.That(top.Select(p => p.Lift), Is.EqualTo(new[] { 0.55 / 0.75, 0.45 / 0.25 }).Within(1e-12));
    }

    [Test]
    public void Planted_evening_taste_puts_smoked_pork_first_in_the_evening()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Weeks = 8, Seed = 3, TypicalGmvPerHour = 3_000_000 });
        var mix = new ProductMixTrainer(new ProductMixOptions()).Fit(data.Lines.Select(l => new MixLine(l, null)));

        var evening = mix.Top(new Window(new Slot(IsoDayOfWeek.Saturday, 20 * 60, SlotLength.Hour), 2), 3);
        var morning = mix.Top(new Window(new Slot(IsoDayOfWeek.Saturday, 9 * 60, SlotLength.Hour), 2), 3);

        Assert.That(evening[0].ProductId, Is.EqualTo("LGB-500"), "planted: smoked pork sells three times as well after 18:00");
        Assert.That(evening[0].Lift, Is.GreaterThan(1));
        Assert.That(morning.Select(p => p.ProductId), Does.Contain("SR-RI6-1KG"), "planted: durian sells 2.5 times as well before 13:00");
        Assert.That(mix.Bundles.Any(r => r.If.SequenceEqual(["THACH-DEN-1KG"]) && r.Then[0] == "NA-CL-1KG" && r.Lift > 2),
            "planted: grass jelly buyers take custard apples too");
    }

    [Test]
    public void Two_products_with_one_name_are_told_apart_by_id()
    {
        var lines = new[] { Line("1", "SR-1KG", 100, Saturday(20)) with { ProductName = "Sầu riêng" }, Line("2", "SR-2KG", 200, Saturday(20)) with { ProductName = "Sầu riêng" } };

        var mix = new ProductMixTrainer(new ProductMixOptions()).Fit(lines.Select(l => new MixLine(l, null)));

        Assert.That(mix.Names.Values, Is.EquivalentTo(new[] { "Sầu riêng [SR-1KG]", "Sầu riêng [SR-2KG]" }));
    }

    private static string Text(BundleRule r) => FormattableString.Invariant(
        $"{string.Join('+', r.If)} => {string.Join('+', r.Then)} s{r.Support:0.0000} c{r.Confidence:0.0000} l{r.Lift:0.0000} n{r.Count}");

    private static LocalDateTime Saturday(int hour) => new(2026, 6, 6, hour, 10);

    private static OrderLine Line(string order, string product, decimal revenue, LocalDateTime at) =>
        new(Platform.TikTok, "S", order, product, product, product, 1, Money.FromDecimal(revenue),
            at.InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]), OrderStatus.Completed, null);
}
