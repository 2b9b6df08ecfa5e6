namespace LivePeak.Analytics.Models.Products;

/// <summary>A product's part in some stretch of time (a window, or the whole log).</summary>
/// <param name="Gmv">Its revenue there.</param>
/// <param name="Orders">Orders holding it there.</param>
/// <param name="Share">Its share of the revenue there, shrunk toward <paramref name="OverallShare"/> where there is little of it.</param>
/// <param name="OverallShare">Its share of all revenue.</param>
/// <param name="Lift">Share over overall share: 1.5 means it sells half again as well here as usual.</param>
public sealed record ProductShare(string ProductId, string Name, double Gmv, long Orders, double Share, double OverallShare, double Lift);
