namespace LivePeak.Analytics.Import.Layouts;

/// <summary>Fields of a LIVE's detail export sheets.</summary>
public enum DetailField
{
    Time,
    ProductId,
    ProductName,
    Gmv,
    Items,
    Orders,
    Customers,
    Viewers,
    Views,
    ProductImpressions,
    ProductClicks,
    AddedToCart,
    Ctr,
    Ctor,
    NewFollowers,
    Comments,
    Likes,
    Shares,
}
