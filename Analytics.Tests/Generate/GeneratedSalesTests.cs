using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using NodaTime;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>The effects planted in the data, which the analytics are meant to find, are really there.</summary>
public sealed class GeneratedSalesTests
{
    private static readonly GenerateOptions Defaults = new();

    private static IReadOnlyList<OrderLine> _lines = null!;
    private static List<IGrouping<string, OrderLine>> _orders = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _lines = ExportGenerator.Lines(Defaults);
        _orders = _lines.GroupBy(l => l.OrderId).ToList();
    }

    private static int OrdersInHours(int fromHour, int toHour) =>
        _orders.Count(o => o.First().CreatedLocal.Hour >= fromHour && o.First().CreatedLocal.Hour < toHour);

    [Test]
    public void Orders_peak_in_the_late_morning_and_evening_live_hours()
    {
        var morning = OrdersInHours(10, 12);
        var evening = OrdersInHours(20, 22);
        var afternoon = OrdersInHours(14, 16);

        Assert.That(morning, Is.GreaterThan(2 * afternoon));
        Assert.That(evening, Is.GreaterThan(2.5 * afternoon));
        Assert.That(OrdersInHours(2, 5), Is.LessThan(afternoon / 3));
    }

    [Test]
    public void Weekends_are_busier_than_weekdays()
    {
        var byDay = _orders.GroupBy(o => o.First().CreatedLocal.Date).ToDictionary(g => g.Key, g => g.Count());
        double Average(Func<IsoDayOfWeek, bool> which) => byDay.Where(d => which(d.Key.DayOfWeek)).Average(d => d.Value);

        var weekend = Average(d => d is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        var weekday = Average(d => d is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

        Assert.That(weekend, Is.GreaterThan(1.2 * weekday));
    }

    [Test]
    public void The_average_day_has_about_the_requested_orders()
    {
        var perDay = (double)_orders.Count / (Defaults.Weeks * 7);

        Assert.That(perDay, Is.InRange(Defaults.OrdersPerDay * 0.9, Defaults.OrdersPerDay * 1.1));
        Assert.That(_lines.Select(l => l.CreatedLocal.Date).Distinct().Count(), Is.EqualTo(Defaults.Weeks * 7));
        Assert.That(_lines.Min(l => l.CreatedLocal.Date), Is.EqualTo(Defaults.StartDate));
        Assert.That(_lines.Max(l => l.CreatedLocal.Date), Is.EqualTo(Defaults.EndDate));
    }

    [Test]
    public void Live_orders_come_in_the_live_hours()
    {
        double LiveShare(int fromHour, int toHour)
        {
            var orders = _orders.Where(o => o.First().CreatedLocal.Hour >= fromHour && o.First().CreatedLocal.Hour < toHour).ToList();
            return (double)orders.Count(o => o.First().Channel == "LIVE") / orders.Count;
        }

        Assert.That(LiveShare(20, 22), Is.GreaterThan(0.6));
        Assert.That(LiveShare(14, 16), Is.LessThan(0.05));
        Assert.That(_lines.Select(l => l.Channel).Distinct(), Is.EquivalentTo(new[] { "LIVE", "Videos", "Product cards" }));
    }

    [Test]
    public void Cancellations_returns_and_open_orders_come_in_realistic_shares()
    {
        var cancelled = (double)_orders.Count(o => o.All(l => l.Status == OrderStatus.Cancelled)) / _orders.Count;
        var kept = _lines.Where(l => l.Status != OrderStatus.Cancelled).ToList();
        var returned = (double)kept.Count(l => l.Status == OrderStatus.Returned) / kept.Count;
        var pending = _lines.Where(l => l.Status == OrderStatus.Pending).ToList();

        Assert.That(cancelled, Is.InRange(0.06, 0.10));
        Assert.That(returned, Is.InRange(0.005, 0.04));
        Assert.That(pending, Is.Not.Empty);
        // Orders are still open only near the export, taken the morning after the last day.
        Assert.That(pending.Min(l => l.CreatedLocal.Date), Is.GreaterThan(Defaults.EndDate.PlusDays(-10)));
        // An order is cancelled as a whole.
        Assert.That(_orders.Where(o => o.Any(l => l.Status == OrderStatus.Cancelled) && !o.All(l => l.Status == OrderStatus.Cancelled)), Is.Empty);
    }

    [Test]
    public void Orders_have_one_to_four_lines_of_distinct_products_and_quantities_of_one_to_three()
    {
        var lineCounts = _orders.Select(o => o.Count()).ToList();

        Assert.That(lineCounts.Distinct(), Is.EquivalentTo(new[] { 1, 2, 3, 4 }));
        Assert.That(lineCounts.Count(c => c == 1), Is.GreaterThan(_orders.Count / 2));
        Assert.That(_lines.Select(l => l.Quantity).Distinct(), Is.EquivalentTo(new[] { 1m, 2m, 3m }));
        Assert.That(_orders.Where(o => o.Select(l => l.ProductId).Distinct().Count() != o.Count()), Is.Empty);
    }

    [Test]
    public void Amounts_are_whole_vnd_from_a_catalogue_of_farm_products()
    {
        Assert.That(_lines.Select(l => l.Revenue.ToDecimal()), Has.All.Matches<decimal>(a => a > 0 && a == decimal.Truncate(a) && a % 1000 == 0));
        var products = _lines.Select(l => l.ProductId).Distinct().ToList();
        Assert.That(products, Has.Count.InRange(12, 20));
        Assert.That(_lines.Select(l => l.ProductName), Has.Some.StartsWith("Sầu riêng"));
        Assert.That(_lines.Select(l => l.ProductName), Has.Some.Contains(","));
        Assert.That(_lines.Select(l => l.ProductName), Has.Some.Contains("\""));
    }
}
