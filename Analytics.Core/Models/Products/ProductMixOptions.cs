namespace LivePeak.Analytics.Models.Products;

/// <summary>How to read products out of order lines.</summary>
public sealed record ProductMixOptions
{
    /// <summary>A slot's product shares are shrunk toward the shop's overall shares as if the slot
    /// had this many more orders, split like all the others: a slot with three orders says little.</summary>
    public double PriorOrders { get; init; } = 20;

    public BasketKind Basket { get; init; } = BasketKind.Order;

    /// <summary>Only sets of products in at least this share of baskets make bundles.</summary>
    public double MinSupport { get; init; } = 0.01;

    /// <summary>And in at least this many baskets, so a handful of orders cannot make a rule.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>Bundles show products bought together more often than chance (lift above this).</summary>
    public double MinLift { get; init; } = 1.0;

    /// <summary>Rules have one product on the right and one or two on the left.</summary>
    public int MaxRuleSize { get; init; } = 3;

    public void Validate()
    {
        if (!(MinSupport is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinSupport), MinSupport, "minimum support is a share of baskets above 0 and at most 1");
        }

        if (PriorOrders < 0 || MinCount < 1 || MaxRuleSize is < 2 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(PriorOrders), "product-mix options out of range");
        }
    }
}
