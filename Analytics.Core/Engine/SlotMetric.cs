namespace LivePeak.Analytics.Engine;

/// <summary>The measure a slot table is coloured and ranked by.</summary>
public enum SlotMetric
{
    Orders,
    Gmv,
    Items,
    /// <summary>Hours of LIVE in the slot.</summary>
    LiveHours,
    /// <summary>LIVE GMV per hour of LIVE: the rate that makes slots comparable.</summary>
    GmvPerLiveHour,
}

public static class SlotMetrics
{
    public static decimal ValueOf(this SlotStats stats, SlotMetric metric) => metric switch
    {
        SlotMetric.Orders => stats.Orders,
        SlotMetric.Gmv => stats.Gmv.ToDecimal(),
        SlotMetric.Items => stats.Items,
        SlotMetric.LiveHours => stats.LiveMinutes / 60m,
        SlotMetric.GmvPerLiveHour => stats.GmvPerLiveHour ?? 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>The best slots by a metric, ties broken by the earlier slot of the week.</summary>
    public static IReadOnlyList<SlotStats> Top(this SlotCube cube, SlotMetric metric, int count) =>
        cube.AllSlots()
            .Where(s => s.ValueOf(metric) > 0)
            .OrderByDescending(s => s.ValueOf(metric))
            .ThenBy(s => s.Slot.Index)
            .Take(count)
            .ToList();
}
