namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// When one LIVE the shop ran on a day was on air, in whole minutes of the day. Orders placed
/// inside it mostly come through the LIVE. (Not <see cref="Domain.LiveSession"/>, which is a LIVE
/// as a platform's report tells it; <see cref="SimulatedLive"/> joins the two.)
/// </summary>
internal readonly record struct LiveWindow(int StartMinute, int Minutes)
{
    public int EndMinute => StartMinute + Minutes;

    public bool Contains(int minuteOfDay) => minuteOfDay >= StartMinute && minuteOfDay < EndMinute;
}
