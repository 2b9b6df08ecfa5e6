using LivePeak.Analytics.Engine.Evidence;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>How a shop's charts are made: the name shown, the ranking, the sizes.</summary>
public sealed record ShopChartOptions
{
    /// <summary>The shop name to print (e.g. "Shop A" when anonymised); null for the shop's own name.</summary>
    public string? ShopLabel { get; init; }

    public WindowRankingOptions Ranking { get; init; } = new();

    /// <summary>Windows shaded on the hours chart (the best every-day windows).</summary>
    public int ShadedWindows { get; init; } = 2;

    /// <summary>Products (rows) on the product x window heatmap.</summary>
    public int Products { get; init; } = 10;

    /// <summary>Windows (columns) on the product x window heatmap.</summary>
    public int ProductWindows { get; init; } = 5;

    /// <summary>Leave out hosts and LIVE titles (they may name the shop or a person).</summary>
    public bool Anonymize { get; init; }
}
