namespace LivePeak.Analytics.Generate.Planted;

/// <summary>A planted co-purchase: an order holding <paramref name="IfSku"/> also gets
/// <paramref name="ThenSku"/> with this chance.</summary>
public sealed record PlantedBundle(string IfSku, string ThenSku, double Chance);
