using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Slots;
using NodaTime;
using NodaTime.TimeZones;
using Product = LivePeak.Analytics.Generate.Simulation.Product;
using ProductCatalogue = LivePeak.Analytics.Generate.Simulation.ProductCatalogue;
using RandomExtensions = LivePeak.Analytics.Generate.Simulation.RandomExtensions;
using SeedMixer = LivePeak.Analytics.Generate.Simulation.SeedMixer;
using ShopInfo = LivePeak.Analytics.Generate.Simulation.ShopInfo;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>
/// Simulates LIVEs with planted slot effects, in memory. A LIVE's GMV is the shop's level x the
/// season x the mean planted multiplier over its minutes x a length factor x luck (log-normal,
/// with the odd viral LIVE), then counted out as orders of real catalogue products. Each shop
/// draws from its own seeded stream, so shop 1 is the same whatever the number of shops.
/// Unlike the export generator this uses Math.Exp and Math.Log: the data never leaves memory,
/// so it need not be bit-identical across machines, only the same for a seed on one machine.
/// </summary>
public static class PlantedLiveSimulation
{
    private const double AverageLinesPerOrder = 1.5;
    private const double AverageQuantity = 1.38;

    private static readonly IsoDayOfWeek[] Week =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    public static PlantedLives Run(PlantedLiveOptions options)
    {
        options.Validate();
        var zone = DateTimeZoneProviders.Tzdb[ImportOptions.DefaultTimeZoneId];
        var shops = Enumerable.Range(1, options.Shops).Select(i => CreateShop(options, i)).ToList();
        var sessions = new List<LiveSession>();
        var lines = new List<OrderLine>();
        var outcomes = new List<LiveOutcome>();
        var truth = new PlantedLives(options, shops, [], [], []);
        foreach (var shop in shops)
        {
            var random = new Random(SeedMixer.Mix(options.Seed, shop.Index, 7001));
            var orderNumber = 0;
            foreach (var (start, minutes) in Schedule(options, shop, random))
            {
                var startMinute = ((int)start.DayOfWeek - 1) * 1440 + start.Hour * 60 + start.Minute;
                var multiplier = 0.0;
                for (var m = 0; m < minutes; m++)
                {
                    multiplier += truth.Multiplier(shop, (startMinute + m) % Availability.MinutesPerWeek);
                }

                multiplier /= minutes;
                var hours = minutes / 60.0;
                var months = Period.Between(options.StartDate, start.Date, PeriodUnits.Days).Days / 30.44;
                var luck = Math.Exp(options.LiveNoise * Normal(random) - options.LiveNoise * options.LiveNoise / 2);
                var viral = random.NextDouble() < options.ViralChance ? 3.0 : 1.0;
                var expectedGmv = shop.GmvPerHour * Math.Exp(shop.GrowthPerMonth * months) * multiplier *
                                  Math.Pow(hours / 2, -0.15) * luck * viral * hours;

                var zonedStart = zone.ResolveLocal(start, Resolvers.LenientResolver);
                var session = new LiveSession
                {
                    Platform = options.Platform,
                    Shop = shop.Name,
                    Host = "host" + shop.Index.ToString(CultureInfo.InvariantCulture),
                    RoomId = string.Create(CultureInfo.InvariantCulture, $"{shop.Index}-{start:yyyyMMddHHmm}"),
                    Start = zonedStart,
                    End = zonedStart.PlusMinutes(minutes),
                    SourceKind = "planted",
                };

                double gmv;
                long orders;
                if (options.WithOrders)
                {
                    (gmv, orders) = Orders(options, shop, random, session, expectedGmv, ref orderNumber, lines);
                }
                else
                {
                    gmv = Math.Round(expectedGmv);
                    orders = (long)Math.Round(expectedGmv / AverageOrderValue);
                }

                session = session with
                {
                    Metrics = options.ReportGmv
                        ? new LiveMetrics { Gmv = Money.FromDecimal((decimal)gmv), Orders = orders }
                        : new LiveMetrics(),
                };
                sessions.Add(session);
                outcomes.Add(new LiveOutcome(options.Platform, shop.Name, start, minutes, gmv, orders));
            }
        }

        return new PlantedLives(options, shops, sessions, lines, outcomes);
    }

    private static PlantedShop CreateShop(PlantedLiveOptions options, int index)
    {
        var random = new Random(SeedMixer.Mix(options.Seed, index, 7000));
        var level = options.TypicalGmvPerHour * Math.Exp(options.ShopSpread * Normal(random));
        var growth = 0.08 * Normal(random);
        var eveningHour = 19 + random.Next(3);
        var morningHour = 8 + random.Next(4);
        var evening = Week.Where(_ => random.NextDouble() < 0.75).ToList();
        if (evening.Count < 2)
        {
            evening = [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday];
        }

        var morning = Week.Where(_ => random.NextDouble() < 0.45).ToList();
        var habits = evening.Select(d => (d, eveningHour)).Concat(morning.Select(d => (d, morningHour))).ToList();
        var pick = habits[random.Next(habits.Count)];
        var best = options.BestWindowMultiplier is { } multiplier
            ? SlotEffect.On(pick.d, new LocalTime(pick.Item2, 0), 120, multiplier)
            : null;
        // Drawn last, so the habits and best window of a seed stay what they were without trials.
        var trials = Enumerable.Range(0, options.TrialSlots).Select(_ => (Week[random.Next(7)], 7 + random.Next(16))).ToList();
        var name = index <= 8 ? ShopInfo.Create(index).Name : "Cửa hàng " + index.ToString(CultureInfo.InvariantCulture);
        return new PlantedShop(index, name, level, growth, eveningHour, evening, morningHour, morning, best, trials);
    }

    /// <summary>The shop's LIVEs: habits first, then tries at other times that do not clash:
    /// at one of its trial slots, or a one-off at a random time.</summary>
    private static List<(LocalDateTime Start, int Minutes)> Schedule(PlantedLiveOptions options, PlantedShop shop, Random random)
    {
        var lives = new List<(LocalDateTime Start, int Minutes)>();
        for (var week = 0; week < options.Weeks; week++)
        {
            for (var d = 0; d < 7; d++)
            {
                var date = options.StartDate.PlusDays(week * 7 + d);
                // Every draw is made whatever the outcome, so one LIVE does not shift the next.
                var morning = random.NextDouble() < options.HabitChance;
                var morningJitter = 5 * random.Next(-3, 4);
                var morningLength = 60 + 10 * random.Next(10);
                var evening = random.NextDouble() < options.HabitChance;
                var eveningJitter = 5 * random.Next(-3, 4);
                var eveningLength = 90 + 10 * random.Next(10);
                if (shop.MorningDays.Contains(date.DayOfWeek) && morning)
                {
                    lives.Add((date.At(new LocalTime(shop.MorningHour, 0)).PlusMinutes(morningJitter), morningLength));
                }

                if (shop.EveningDays.Contains(date.DayOfWeek) && evening)
                {
                    lives.Add((date.At(new LocalTime(shop.EveningHour, 0)).PlusMinutes(eveningJitter), eveningLength));
                }
            }

            var extra = Poisson(random, options.ExtraLivesPerWeek);
            for (var e = 0; e < extra; e++)
            {
                var date = options.StartDate.PlusDays(week * 7 + random.Next(7));
                var start = date.At(new LocalTime(7 + random.Next(16), 15 * random.Next(4)));
                var minutes = 60 + 10 * random.Next(13);
                var toTrial = random.NextDouble() < options.TrialShare;
                var trialIndex = random.Next(Math.Max(shop.TrialSlots.Count, 1));
                var trialJitter = 5 * random.Next(-3, 4);
                if (toTrial && shop.TrialSlots.Count > 0)
                {
                    var (day, hour) = shop.TrialSlots[trialIndex];
                    start = options.StartDate.PlusDays(week * 7 + (int)day - 1).At(new LocalTime(hour, 0)).PlusMinutes(trialJitter);
                }

                if (!lives.Any(l => l.Start < start.PlusMinutes(minutes) && start < l.Start.PlusMinutes(l.Minutes)))
                {
                    lives.Add((start, minutes));
                }
            }
        }

        lives.Sort((a, b) => a.Start.CompareTo(b.Start));
        return lives;
    }

    private static double AverageOrderValue => OrderValue(null, 0);

    /// <summary>What an order is worth on average at an hour, given the planted tastes.</summary>
    private static double OrderValue(PlantedLiveOptions? options, int hour)
    {
        var all = ProductCatalogue.All;
        var weights = all.Select(p => p.Popularity * (options is null ? 1 : ProductMultiplier(options, p.SellerSku, hour))).ToList();
        var mean = all.Select((p, i) => (double)p.Price * weights[i]).Sum() / weights.Sum();
        return mean * AverageLinesPerOrder * AverageQuantity;
    }

    /// <summary>Counts the LIVE's sales out as orders: their number is Poisson around what the
    /// expected GMV buys, products follow the shop's tastes for the hour and the planted bundles.</summary>
    private static (double Gmv, long Orders) Orders(PlantedLiveOptions options, PlantedShop shop, Random random, LiveSession session,
        double expectedGmv, ref int orderNumber, List<OrderLine> lines)
    {
        var catalogue = ProductCatalogue.All;
        var minutes = (int)session.Length.TotalMinutes;
        // Tastes change what an order is worth by the hour; the count follows, so that tastes move
        // products, not the LIVE's GMV.
        var middle = session.Start.PlusMinutes(minutes / 2).Hour;
        var count = Poisson(random, expectedGmv / OrderValue(options, middle));
        var gmv = 0.0;
        for (var o = 0; o < count; o++)
        {
            var created = session.Start.PlusMinutes(random.Next(minutes)).PlusSeconds(random.Next(60));
            var hour = created.Hour;
            var weights = catalogue.Select(p => p.Popularity * ProductMultiplier(options, p.SellerSku, hour)).ToArray();
            var lineCount = random.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
            var chosen = new List<Product>();
            for (var l = 0; l < lineCount; l++)
            {
                var index = RandomExtensions.PickWeighted(random, weights);
                weights[index] = 0;
                chosen.Add(catalogue[index]);
            }

            foreach (var bundle in options.Bundles)
            {
                var draw = random.NextDouble();
                if (chosen.Any(p => p.SellerSku == bundle.IfSku) && chosen.All(p => p.SellerSku != bundle.ThenSku) && draw < bundle.Chance)
                {
                    chosen.Add(catalogue.First(p => p.SellerSku == bundle.ThenSku));
                }
            }

            orderNumber++;
            var orderId = string.Create(CultureInfo.InvariantCulture, $"P{shop.Index}-{orderNumber:D7}");
            foreach (var product in chosen)
            {
                var quantity = random.NextDouble() switch { < 0.7 => 1, < 0.92 => 2, _ => 3 };
                var revenue = product.Price * quantity;
                gmv += (double)revenue;
                lines.Add(new OrderLine(
                    session.Platform, shop.Name, orderId, product.SellerSku, product.SellerSku, $"{product.Name} ({product.Variation})",
                    quantity, Money.FromDecimal(revenue), created, OrderStatus.Completed, "LIVE"));
            }
        }

        return (gmv, count);
    }

    private static double ProductMultiplier(PlantedLiveOptions options, string sku, int hour)
    {
        var value = 1.0;
        foreach (var effect in options.ProductEffects)
        {
            if (effect.Sku == sku && hour >= effect.FromHour && hour < effect.ToHour)
            {
                value *= effect.Multiplier;
            }
        }

        return value;
    }

    private static double Normal(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    private static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal(random)));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
