namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>One LIVE the shop ran on a day: orders placed during it mostly come through the LIVE.</summary>
internal readonly record struct LiveSession(int StartMinute, int Minutes)
{
    public int EndMinute => StartMinute + Minutes;

    public bool Contains(int minuteOfDay) => minuteOfDay >= StartMinute && minuteOfDay < EndMinute;
}
