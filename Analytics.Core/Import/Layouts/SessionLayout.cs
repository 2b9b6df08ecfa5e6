using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// One LIVE-session report layout as data: anchors, header aliases per field (several languages
/// in one table), and the report's own date, duration, number and percent formats.
/// An alias ending in <c>*</c> matches any header that starts with the rest (<c>GMV LIVE*</c>
/// matches <c>GMV LIVE (₫)</c>).
/// </summary>
public sealed record SessionLayout
{
    public required string Kind { get; init; }

    public required string Description { get; init; }

    public required Platform Platform { get; init; }

    /// <summary>Fields that must all be found (by any alias) in one row for a file to be this layout.
    /// Choose fields whose names no other layout uses.</summary>
    public required IReadOnlyList<SessionField> Anchors { get; init; }

    public required IReadOnlyDictionary<SessionField, string[]> Aliases { get; init; }

    public required IReadOnlyList<string> TimeFormats { get; init; }

    public NumberDialect Numbers { get; init; } = NumberDialect.CommaThousands;

    public DurationStyle Durations { get; init; } = DurationStyle.HoursMinutes;

    /// <summary>How <see cref="SessionField.AverageViewingDuration"/> is written, when it differs.</summary>
    public DurationStyle? ViewingDurations { get; init; }

    /// <summary>Only rows whose <see cref="SessionField.PostType"/> contains this text are LIVEs.</summary>
    public string? LivePostType { get; init; }

    /// <summary>Which value of <see cref="SessionField.Period"/> marks a whole-post row.</summary>
    public string? LifetimePeriod { get; init; }
}
