namespace LivePeak.Analytics.Render.Localization;

/// <summary>The languages charts and reports are written in.</summary>
public enum Language
{
    English,
    Vietnamese,
}
