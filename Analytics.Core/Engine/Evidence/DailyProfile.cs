using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>What an average day looks like slot by slot, with how much days differ.</summary>
public static class DailyProfile
{
    /// <summary>GMV (or orders) per slot of the day, averaged over every date in the data (days
    /// without sales count as zero), with a seeded bootstrap interval over the dates.</summary>
    public static IReadOnlyList<ProfilePoint> Build(DailySlotTotals daily, bool orders, double confidence = 0.9, int resamples = 2000, int seed = 42)
    {
        var dates = daily.Dates().ToList();
        var points = new List<ProfilePoint>();
        for (var slot = 0; slot < daily.Length.SlotsPerDay; slot++)
        {
            var values = dates.Select(d => orders ? daily.Orders(d, slot) : daily.Gmv(d, slot).ToDecimal()).ToList();
            var (mean, low, high) = Bootstrap.MeanInterval(values, confidence, resamples, unchecked(seed * 7919 + slot));
            points.Add(new ProfilePoint(slot * daily.Length.Minutes, mean, low, high, values.Count));
        }

        return points;
    }
}
