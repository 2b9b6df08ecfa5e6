namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// Buyers who take the products on the left also take the one on the right.
/// </summary>
/// <param name="Support">Share of baskets holding all of them.</param>
/// <param name="Confidence">Of the baskets holding the left side, the share that also hold the right.</param>
/// <param name="Lift">Confidence over the right side's own share of baskets: above 1, bought together more than chance.</param>
/// <param name="Count">Baskets holding all of them.</param>
public sealed record BundleRule(
    IReadOnlyList<string> If, IReadOnlyList<string> Then, double Support, double Confidence, double Lift, int Count);
