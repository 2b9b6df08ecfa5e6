namespace LivePeak.Analytics.Render.Charts;

/// <summary>Which point of a text sits at its position.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}
