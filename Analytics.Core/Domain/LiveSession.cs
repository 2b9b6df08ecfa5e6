using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// One LIVE broadcast as a platform reported it. Only the start is certain; every metric is
/// optional and stays null when the export lacks it, so "not reported" is never read as zero.
/// </summary>
public sealed record LiveSession
{
    public required Platform Platform { get; init; }

    public required string Shop { get; init; }

    /// <summary>Creator or host nickname, where the export names one.</summary>
    public string? Host { get; init; }

    /// <summary>The platform's room or broadcast id, where the export has one.</summary>
    public string? RoomId { get; init; }

    public string? Title { get; init; }

    /// <summary>Start as wall-clock time in the shop's zone.</summary>
    public required ZonedDateTime Start { get; init; }

    /// <summary>End in the shop's zone: reported, or start + duration. Never before the start.</summary>
    public required ZonedDateTime End { get; init; }

    /// <summary>False when the export gave neither an end nor a duration (the LIVE is then taken as
    /// zero minutes long and gets no exposure).</summary>
    public bool HasDuration { get; init; } = true;

    public LiveMetrics Metrics { get; init; } = new();

    /// <summary>True when the session was rebuilt from a detail export's trend (no LIVE list row):
    /// it then stands in only where no listed LIVE overlaps it.</summary>
    public bool FromTrend { get; init; }

    /// <summary>Which report the session came from, e.g. <c>tiktok-live-analysis</c>.</summary>
    public string SourceKind { get; init; } = string.Empty;

    public Duration Length => End.ToInstant() - Start.ToInstant();

    public LocalDateTime StartLocal => Start.LocalDateTime;

    public LocalDateTime EndLocal => End.LocalDateTime;

    /// <summary>A stable identity for de-duplicating the same LIVE seen in overlapping exports.</summary>
    public string Key => RoomId is { Length: > 0 } room
        ? string.Join('\u001f', Platform.ToSlug(), Shop, "room", room)
        : string.Join('\u001f', Platform.ToSlug(), Shop, Host ?? string.Empty, Start.ToInstant().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>What a platform says a LIVE achieved. Each value is null when not reported.</summary>
public sealed record LiveMetrics
{
    /// <summary>GMV the platform attributes to the LIVE (its own attribution rules).</summary>
    public Money? Gmv { get; init; }

    public long? Orders { get; init; }

    public long? Items { get; init; }

    /// <summary>Unique viewers.</summary>
    public long? Viewers { get; init; }

    /// <summary>Views (a viewer may count several times).</summary>
    public long? Views { get; init; }

    public long? PeakConcurrentViewers { get; init; }

    public decimal? AverageConcurrentViewers { get; init; }

    public Duration? AverageViewingDuration { get; init; }

    public long? ProductImpressions { get; init; }

    public long? ProductClicks { get; init; }

    /// <summary>Click-through rate as a fraction (0.051 = 5.1%).</summary>
    public decimal? Ctr { get; init; }

    /// <summary>Click-to-order rate as a fraction.</summary>
    public decimal? Ctor { get; init; }

    public long? Comments { get; init; }

    public long? Likes { get; init; }

    public long? Shares { get; init; }

    public long? NewFollowers { get; init; }
}
