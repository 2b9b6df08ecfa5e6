using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>One product's results within one LIVE (TikTok's per-LIVE "Product" sheet).</summary>
public sealed record LiveProductResult
{
    public required string ProductId { get; init; }

    public string? ProductName { get; init; }

    public Money? Gmv { get; init; }

    public long? Items { get; init; }

    public long? Orders { get; init; }

    public long? Customers { get; init; }

    public long? Impressions { get; init; }

    public long? Clicks { get; init; }

    public long? AddedToCart { get; init; }

    public decimal? Ctr { get; init; }

    public decimal? Ctor { get; init; }
}

/// <summary>One bucket (5 or 15 minutes) of a LIVE's trend (TikTok's "Trend Stats" sheet).</summary>
public sealed record LiveTrendPoint
{
    /// <summary>The bucket's start: the sheet's time of day joined to the LIVE's date.</summary>
    public required LocalDateTime Start { get; init; }

    public Money? Gmv { get; init; }

    public long? Orders { get; init; }

    public long? Items { get; init; }

    public long? Customers { get; init; }

    public long? Viewers { get; init; }

    public long? Views { get; init; }

    public long? ProductImpressions { get; init; }

    public long? ProductClicks { get; init; }

    public long? NewFollowers { get; init; }

    public long? Comments { get; init; }

    public long? Likes { get; init; }

    public long? Shares { get; init; }
}

/// <summary>
/// One LIVE's detail export: its products and its trend. The export carries times of day only,
/// so the LIVE's date comes from the file name.
/// </summary>
public sealed record LiveDetail
{
    public required Platform Platform { get; init; }

    public required string Shop { get; init; }

    public required LocalDate Date { get; init; }

    public required string SourcePath { get; init; }

    public IReadOnlyList<LiveProductResult> Products { get; init; } = [];

    public IReadOnlyList<LiveTrendPoint> Trend { get; init; } = [];

    /// <summary>The trend's bucket length, from the spacing of its times (5 or 15 minutes).</summary>
    public Duration? BucketLength { get; init; }
}
