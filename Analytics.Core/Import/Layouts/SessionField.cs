namespace LivePeak.Analytics.Import.Layouts;

/// <summary>The canonical fields a LIVE session layout can map its headers to.</summary>
public enum SessionField
{
    Start,
    End,
    Duration,
    Host,
    RoomId,
    Title,
    Shop,
    Gmv,
    Orders,
    Items,
    Viewers,
    Views,
    PeakViewers,
    AverageViewers,
    AverageViewingDuration,
    ProductImpressions,
    ProductClicks,
    Ctr,
    Ctor,
    Comments,
    Likes,
    Shares,
    NewFollowers,
    /// <summary>Meta's <c>Post type</c>: only live videos become sessions.</summary>
    PostType,
    /// <summary>Meta's <c>Date</c>: <c>Lifetime</c> rows total a post; dated rows are one day of it.</summary>
    Period,
}
