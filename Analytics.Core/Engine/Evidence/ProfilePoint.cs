namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>One slot of the day on an average day: mean and interval over the days seen.</summary>
public sealed record ProfilePoint(int StartMinute, decimal Mean, decimal Low, decimal High, int Days);
