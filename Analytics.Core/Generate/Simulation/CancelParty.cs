namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>Who cancelled an order.</summary>
internal enum CancelParty
{
    Buyer,
    Seller,
    System,
}
