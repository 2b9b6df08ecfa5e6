namespace LivePeak.Analytics.Generate.Planted;

/// <summary>What following one method's advice is worth: the true GMV per live hour of its top
/// windows, averaged over shops.</summary>
public sealed record AdviceValue(string Method, double TrueGmvPerHour);
