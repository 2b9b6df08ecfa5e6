using LivePeak.Analytics.Engine;

namespace LivePeak.Analytics.Scale;

/// <summary>The store's answer for the sessions view: the ledger, and the same warning count the builder keeps.</summary>
/// <param name="LiveChannelLinesWithoutLive">Lines whose channel says LIVE but that no stored LIVE covers.</param>
public sealed record StoreSessions(SessionLedger Ledger, long LiveChannelLinesWithoutLive);
