namespace LivePeak.Analytics.Import.Layouts;

/// <summary>A sheet of a LIVE's detail export: anchors and header aliases (formats.md §2d).</summary>
public sealed record DetailLayout
{
    public required string Kind { get; init; }

    /// <summary>The sheet's usual name in the workbook; other sheets are tried by their headers.</summary>
    public required string SheetName { get; init; }

    public required IReadOnlyList<DetailField> Anchors { get; init; }

    public required IReadOnlyDictionary<DetailField, string[]> Aliases { get; init; }
}

/// <summary>
/// The per-LIVE detail sheets. Their utility snake-cases headers, so both the presumed original
/// names and the snake_case forms are listed.
/// </summary>
public static class KnownDetailLayouts
{
    public static readonly DetailLayout Products = new()
    {
        Kind = "tiktok-live-products",
        SheetName = "Product",
        Anchors = [DetailField.ProductId, DetailField.Gmv],
        Aliases = new Dictionary<DetailField, string[]>
        {
            [DetailField.ProductId] = ["Product ID", "product_id"],
            [DetailField.ProductName] = ["Product name", "product_name"],
            [DetailField.Gmv] = ["Attributed GMV", "attributed_gmv"],
            [DetailField.Items] = ["Attributed items sold", "attributed_items_sold"],
            [DetailField.Orders] = ["Attributed orders", "attributed_orders"],
            [DetailField.Customers] = ["Customers", "customers"],
            [DetailField.ProductImpressions] = ["Product Impressions", "product_impressions"],
            [DetailField.ProductClicks] = ["Product Clicks", "product_clicks"],
            [DetailField.AddedToCart] = ["Added to cart", "added_to_cart"],
            [DetailField.Ctr] = ["CTR", "ctr"],
            [DetailField.Ctor] = ["CTOR", "ctor"],
        },
    };

    public static readonly DetailLayout Trend = new()
    {
        Kind = "tiktok-live-trend",
        SheetName = "Trend Stats",
        Anchors = [DetailField.Time, DetailField.Gmv],
        Aliases = new Dictionary<DetailField, string[]>
        {
            [DetailField.Time] = ["Time", "time"],
            [DetailField.Gmv] = ["Attributed GMV", "attributed_gmv"],
            [DetailField.Items] = ["Attributed items sold", "attributed_items_sold"],
            [DetailField.Customers] = ["Customers", "customers"],
            [DetailField.Orders] = ["Attributed orders", "attributed_orders"],
            [DetailField.Viewers] = ["Viewers", "viewers"],
            [DetailField.Views] = ["Views", "views"],
            [DetailField.ProductImpressions] = ["Product Impressions", "product_impressions"],
            [DetailField.ProductClicks] = ["Product Clicks", "product_clicks"],
            [DetailField.NewFollowers] = ["New followers", "new_followers"],
            [DetailField.Shares] = ["Shares", "shares"],
            [DetailField.Comments] = ["Comments", "comments"],
            [DetailField.Likes] = ["Likes", "likes"],
        },
    };

    public static readonly IReadOnlyList<DetailLayout> All = [Products, Trend];
}
