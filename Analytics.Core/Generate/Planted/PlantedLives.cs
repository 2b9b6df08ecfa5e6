using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>
/// The simulated LIVEs, their orders, and the truth they were drawn from, so a test can ask what
/// the best window really is.
/// </summary>
public sealed class PlantedLives
{
    internal PlantedLives(PlantedLiveOptions options, IReadOnlyList<PlantedShop> shops, IReadOnlyList<LiveSession> sessions,
        IReadOnlyList<OrderLine> lines, IReadOnlyList<LiveOutcome> outcomes)
    {
        Options = options;
        Shops = shops;
        Sessions = sessions;
        Lines = lines;
        Outcomes = outcomes;
    }

    public PlantedLiveOptions Options { get; }

    public IReadOnlyList<PlantedShop> Shops { get; }

    /// <summary>Every LIVE, as a LIVE report would give it, earliest first per shop.</summary>
    public IReadOnlyList<LiveSession> Sessions { get; }

    /// <summary>The LIVEs' order lines (empty without <see cref="PlantedLiveOptions.WithOrders"/>).</summary>
    public IReadOnlyList<OrderLine> Lines { get; }

    /// <summary>The LIVEs as the slot model takes them, with the GMV the report or orders give.</summary>
    public IReadOnlyList<LiveOutcome> Outcomes { get; }

    /// <summary>The engine's view: LIVEs, then lines attributed to them, as the CLI builds it.</summary>
    public CubeBuilder Build(CubeOptions? options = null)
    {
        var builder = new CubeBuilder(options ?? new CubeOptions());
        foreach (var session in Sessions)
        {
            builder.AddSession(session);
        }

        foreach (var line in Lines)
        {
            builder.AddLine(line);
        }

        return builder;
    }

    private double[]? _shared;

    /// <summary>The planted multiplier of the sales rate at a minute of the week for a shop.</summary>
    public double Multiplier(PlantedShop shop, int minuteOfWeek)
    {
        // The effects every shop shares, worked out once per minute of the week.
        _shared ??= Enumerable.Range(0, Availability.MinutesPerWeek)
            .Select(m => Options.Effects.Where(e => e.Covers(m)).Aggregate(1.0, (product, e) => product * e.Multiplier))
            .ToArray();
        var value = _shared[minuteOfWeek];
        if (shop.BestWindow is { } best && best.Covers(minuteOfWeek))
        {
            value *= best.Multiplier;
        }

        return value;
    }

    /// <summary>The true relative rate of a window: the mean planted multiplier over its minutes.</summary>
    public double TrueRate(PlantedShop shop, Window window)
    {
        var start = ((int)window.First.Day - 1) * 1440 + window.First.StartMinute;
        var sum = 0.0;
        for (var m = 0; m < window.Minutes; m++)
        {
            sum += Multiplier(shop, (start + m) % Availability.MinutesPerWeek);
        }

        return sum / window.Minutes;
    }

    /// <summary>The windows of the given length starting on the hour, truly best first
    /// (ties in week order), within the availability if given.</summary>
    public IReadOnlyList<Window> TrueRanking(PlantedShop shop, int minutes, Availability? availability = null)
    {
        var hour = SlotLength.Hour;
        return Enumerable.Range(0, hour.SlotsPerWeek)
            .Select(i => new Window(hour.SlotAt(i), minutes / 60))
            .Where(w => availability?.Contains(w) ?? true)
            .Select((w, i) => (w, i, rate: TrueRate(shop, w)))
            .OrderByDescending(t => t.rate).ThenBy(t => t.i)
            .Select(t => t.w)
            .ToList();
    }
}
