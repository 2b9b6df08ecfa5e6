using LivePeak.Analytics.Engine.Evidence;

namespace LivePeak.Analytics.Render.Report;

/// <summary>What the report says and hides.</summary>
public sealed record ReportOptions
{
    /// <summary>The report's title; null for "When to go LIVE" with the shop's name.</summary>
    public string? Title { get; init; }

    /// <summary>Replace shop names by "Shop A", "Shop B"… and file names by numbers; leave out hosts.</summary>
    public bool Anonymize { get; init; }

    public WindowRankingOptions Ranking { get; init; } = new();

    /// <summary>The store the evidence was computed from; null when it was read from files.</summary>
    public ReportStore? Store { get; init; }

    /// <summary>Windows in the answer and shaded on the hours chart.</summary>
    public int AnswerWindows { get; init; } = 2;

    /// <summary>Products named in the answer.</summary>
    public int AnswerProducts { get; init; } = 3;
}
