namespace LivePeak.Analytics.Generate.Planted;

/// <summary>A planted taste: buyers pick the product this many times as often in these hours of
/// the day (from <paramref name="FromHour"/> up to but not including <paramref name="ToHour"/>).</summary>
public sealed record ProductSlotEffect(string Sku, int FromHour, int ToHour, double Multiplier);
