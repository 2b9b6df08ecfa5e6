using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Products;

/// <summary>An order line as the product mix reads it, with the LIVE it belongs to (if any).</summary>
public sealed record MixLine(OrderLine Line, string? LiveKey);
