namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>One product line of a simulated order. Discounts are per unit, in whole VND.</summary>
/// <param name="Returned">The buyer returned this line after delivery (a refund was granted).</param>
internal sealed record SimulatedLine(
    int Number,
    Product Product,
    int Quantity,
    decimal SellerDiscountPerUnit,
    decimal PlatformDiscountPerUnit,
    bool Returned)
{
    public decimal UnitPrice => Product.Price;

    /// <summary>What the buyer pays per unit after the seller's and the platform's discounts.</summary>
    public decimal DealPrice => Product.Price - SellerDiscountPerUnit - PlatformDiscountPerUnit;

    public decimal SubtotalBeforeDiscount => Product.Price * Quantity;

    public decimal SellerDiscount => SellerDiscountPerUnit * Quantity;

    public decimal PlatformDiscount => PlatformDiscountPerUnit * Quantity;

    /// <summary>The line's revenue: what every layout reports as the line amount.</summary>
    public decimal SubtotalAfterDiscount => DealPrice * Quantity;

    public decimal WeightKg => Product.WeightKg * Quantity;
}
