namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>The charts <c>livepeak chart</c> draws and the report shows.</summary>
public enum ChartKind
{
    /// <summary>Day of week x hour, coloured by a metric.</summary>
    Heatmap,

    /// <summary>An average day hour by hour, with intervals and the recommended windows shaded.</summary>
    Hours,

    /// <summary>The ranked windows with intervals and evidence.</summary>
    Windows,

    /// <summary>Which products make each recommended window's sales.</summary>
    Products,

    /// <summary>A LIVE minute by minute (detail export trend), or every LIVE in turn.</summary>
    Sessions,
}
