namespace LivePeak.Analytics.Engine.Fast;

/// <summary>Where one needed field's text lies in the buffer (quotes removed).</summary>
internal struct FieldSpan
{
    public int Start;
    public int Length;

    /// <summary>A quoted field holding a doubled quote: its text needs unescaping, so the row goes
    /// to the general reader.</summary>
    public bool NeedsUnescape;
}
