using LivePeak.Analytics.Import;
using NodaTime;
using NodaTime.TimeZones;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// The simulated sales behind every generated file: the shops, the calendar, and each shop's
/// orders day by day. A day is simulated on demand from its own seed, so files can be written
/// newest-first or oldest-first while holding one day in memory.
/// </summary>
internal sealed class SalesSimulation
{
    private readonly Dictionary<int, double[]> _productWeights = [];

    public SalesSimulation(GenerateOptions options)
    {
        options.Validate();
        Options = options;
        Shops = Enumerable.Range(1, options.Shops).Select(ShopInfo.Create).ToList();
        // The export is taken the morning after the last day, so the last days' orders are still open.
        ExportedAt = options.EndDate.PlusDays(1).At(new LocalTime(8, 0));
    }

    public GenerateOptions Options { get; }

    public IReadOnlyList<ShopInfo> Shops { get; }

    public int DayCount => Options.Weeks * 7;

    public LocalDateTime ExportedAt { get; }

    public DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb[ImportOptions.DefaultTimeZoneId];

    public LocalDate DateOf(int dayIndex) => Options.StartDate.PlusDays(dayIndex);

    /// <summary>A wall-clock time in the shop's zone, resolved as the importer resolves it.</summary>
    public ZonedDateTime InZone(LocalDateTime local) => Zone.ResolveLocal(local, Resolvers.LenientResolver);

    /// <summary>The shop's LIVEs and orders (oldest first) of one day.</summary>
    public SimulatedDay Day(ShopInfo shop, int dayIndex) =>
        DaySimulator.Simulate(this, shop, dayIndex, ProductWeights(shop));

    /// <summary>The shop's LIVEs over the whole period, oldest first (or newest first).</summary>
    public IEnumerable<SimulatedLive> Lives(ShopInfo shop, bool newestFirst = false)
    {
        for (var i = 0; i < DayCount; i++)
        {
            var lives = LiveSimulator.Of(this, Day(shop, newestFirst ? DayCount - 1 - i : i));
            for (var n = 0; n < lives.Count; n++)
            {
                yield return lives[newestFirst ? lives.Count - 1 - n : n];
            }
        }
    }

    /// <summary>Each shop favours its products a little differently.</summary>
    private double[] ProductWeights(ShopInfo shop)
    {
        if (!_productWeights.TryGetValue(shop.Index, out var weights))
        {
            var random = new Random(SeedMixer.Mix(Options.Seed, shop.Index, -1));
            weights = ProductCatalogue.All.Select(p => p.Popularity * (0.5 + random.NextDouble())).ToArray();
            _productWeights[shop.Index] = weights;
        }

        return weights;
    }
}
