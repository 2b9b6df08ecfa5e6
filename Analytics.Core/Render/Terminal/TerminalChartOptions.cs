namespace LivePeak.Analytics.Render.Terminal;

/// <summary>The terminal a chart is drawn for: its width in columns and whether it shows colour.</summary>
public sealed record TerminalChartOptions(int Width, bool Color)
{
    /// <summary>Below this width labels are cut harder and bars shortened, but nothing wraps.</summary>
    public const int Narrow = 60;
}
