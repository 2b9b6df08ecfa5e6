namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>One sellable SKU of the catalogue. Prices are VND per unit.</summary>
/// <param name="Popularity">Relative weight with which buyers pick it.</param>
internal sealed record Product(
    int Index,
    string SellerSku,
    string Name,
    string Variation,
    decimal Price,
    decimal WeightKg,
    string Category,
    int Popularity);
