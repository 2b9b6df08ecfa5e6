namespace LivePeak.Analytics.Scale;

/// <summary>What one load sent, and what the store holds afterwards (duplicates counted once).</summary>
/// <param name="LinesSent">Order lines of this load's inputs sent to the store.</param>
/// <param name="SessionsSent">LIVE sessions written (this load's, and stored ones whose standing changed).</param>
/// <param name="LinesReattributed">Stored lines of earlier loads moved to another LIVE by this load's LIVEs.</param>
public sealed record LoadReport(long LinesSent, long SessionsSent, long LinesReattributed, long LinesStored, long SessionsStored);
