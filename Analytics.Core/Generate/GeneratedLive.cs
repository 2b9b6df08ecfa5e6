using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// One simulated LIVE and the orders that really came through it: the truth the generated LIVE
/// reports and order logs were written from, for checking what LivePeak links to each LIVE.
/// </summary>
/// <param name="Start">When it went on air, in the shop's zone.</param>
/// <param name="End">When its last order could come through it (reports that write seconds add up to a minute on air after this).</param>
/// <param name="OrderIds">Orders placed through the LIVE (channel LIVE; on Facebook, the POS log's <c>Facebook</c> orders),
/// cancelled ones included, as the platform's order log (or the POS log) names them.</param>
/// <param name="OrderIdsDuring">Every order placed while it was on air, whatever its channel.</param>
/// <param name="Gmv">The order log's GMV for it: the lines of its orders that were not cancelled.</param>
public sealed record GeneratedLive(
    Platform Platform,
    string Shop,
    ZonedDateTime Start,
    ZonedDateTime End,
    IReadOnlyList<string> OrderIds,
    IReadOnlyList<string> OrderIdsDuring,
    Money Gmv);
