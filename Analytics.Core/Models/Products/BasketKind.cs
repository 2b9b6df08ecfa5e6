namespace LivePeak.Analytics.Models.Products;

/// <summary>What counts as bought together: one order, or everything sold in one LIVE.</summary>
public enum BasketKind
{
    Order = 0,
    Live = 1,
}
