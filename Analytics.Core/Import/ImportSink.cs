using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Import;

/// <summary>Where the import stage sends what it read. Only these types leave the stage.</summary>
public sealed class ImportSink
{
    public Action<OrderLine> OnOrderLine { get; init; } = _ => { };

    public Action<LiveSession> OnSession { get; init; } = _ => { };

    public Action<LiveDetail> OnLiveDetail { get; init; } = _ => { };

    public Action<RejectedRow>? OnReject { get; init; }
}
