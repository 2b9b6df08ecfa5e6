namespace LivePeak.Analytics.Domain;

/// <summary>What a ranked window's expected value is measured in.</summary>
public enum WindowMeasure
{
    /// <summary>GMV per hour of LIVE, from LIVEs that started in the window (needs LIVE reports).</summary>
    GmvPerLiveHour,

    /// <summary>GMV taken in the window on an average day of that kind (orders only, no LIVE reports).</summary>
    GmvPerDay,
}
