using LivePeak.Analytics.Generate.Planted;
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
    private readonly Dictionary<(int Shop, int Day), List<PlantedLivePlan>> _plantedDays = [];

    public SalesSimulation(GenerateOptions options)
    {
        options.Validate();
        Options = options;
        Shops = Enumerable.Range(1, options.Shops).Select(ShopInfo.Create).ToList();
        // The export is taken the morning after the last day, so the last days' orders are still open.
        ExportedAt = options.EndDate.PlusDays(1).At(new LocalTime(8, 0));
        if (options.Planted is not null)
        {
            Planted = PlantedLiveSimulation.Run(PlantedExport.Options(options));
            PlanPlantedDays(Planted);
        }
    }

    /// <summary>The planted LIVEs and their truth, when <see cref="GenerateOptions.Planted"/> is set.</summary>
    public PlantedLives? Planted { get; }

    public GenerateOptions Options { get; }

    public IReadOnlyList<ShopInfo> Shops { get; }

    public int DayCount => Options.Weeks * 7;

    public LocalDateTime ExportedAt { get; }

    public DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb[ImportOptions.DefaultTimeZoneId];

    public LocalDate DateOf(int dayIndex) => Options.StartDate.PlusDays(dayIndex);

    /// <summary>A wall-clock time in the shop's zone, resolved as the importer resolves it.</summary>
    public ZonedDateTime InZone(LocalDateTime local) => Zone.ResolveLocal(local, Resolvers.LenientResolver);

    /// <summary>The shop's LIVEs and orders (oldest first) of one day.</summary>
    public SimulatedDay Day(ShopInfo shop, int dayIndex) => Planted is null
        ? DaySimulator.Simulate(this, shop, dayIndex, ProductWeights(shop))
        : DaySimulator.SimulatePlanted(this, shop, dayIndex, ProductWeights(shop), _plantedDays.GetValueOrDefault((shop.Index, dayIndex)) ?? []);

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

    /// <summary>
    /// Sorts the planted LIVEs and their orders by shop and day. A LIVE still on air at midnight is
    /// cut there, with the orders after midnight: a day's file rows stay within the day, and the
    /// LIVE's GMV per live hour is what it was.
    /// </summary>
    private void PlanPlantedDays(PlantedLives planted)
    {
        var skus = ProductCatalogue.All.ToDictionary(p => p.SellerSku, StringComparer.Ordinal);
        var ordersBySession = planted.Lines.GroupBy(l => (l.Shop, l.OrderId))
            .Select(g => (g.Key.Shop, Order: new PlantedLiveOrder(g.First().CreatedLocal, g.Select(l => (skus[l.ProductId], (int)l.Quantity)).ToList())))
            .ToLookup(o => o.Shop, o => o.Order);
        var indexOf = planted.Shops.ToDictionary(s => s.Name, s => s.Index, StringComparer.Ordinal);
        foreach (var session in planted.Sessions)
        {
            var start = session.StartLocal;
            var day = Period.Between(Options.StartDate, start.Date, PeriodUnits.Days).Days;
            var startMinute = start.Hour * 60 + start.Minute;
            var minutes = Math.Min((int)session.Length.TotalMinutes, 1440 - startMinute);
            var end = start.PlusMinutes(minutes);
            var orders = ordersBySession[session.Shop].Where(o => o.Created >= start && o.Created < end).ToList();
            var key = (indexOf[session.Shop], day);
            if (!_plantedDays.TryGetValue(key, out var plans))
            {
                _plantedDays[key] = plans = [];
            }

            plans.Add(new PlantedLivePlan(new LiveWindow(startMinute, minutes), orders));
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
