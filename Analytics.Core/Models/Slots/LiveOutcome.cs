using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;

namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// One LIVE as the slot model sees it: who, when (wall-clock start in the shop's zone), how long,
/// and what it sold. This is the unit of data: every LIVE counts once, however long it ran.
/// </summary>
/// <param name="Gmv">The LIVE report's GMV where it has one, else the GMV of the orders attributed to it.</param>
/// <param name="Orders">The report's paid orders where it has them, else the attributed orders.</param>
public sealed record LiveOutcome(Platform Platform, string Shop, LocalDateTime Start, double Minutes, double Gmv, double Orders)
{
    public double Hours => Minutes / 60;

    /// <summary>0 is Monday 00:00, counted in whole minutes.</summary>
    public int StartMinuteOfWeek => ((int)Start.DayOfWeek - 1) * 1440 + Start.Hour * 60 + Start.Minute;

    public double GmvPerHour => Hours > 0 ? Gmv / Hours : 0;

    /// <summary>
    /// The outcome of a LIVE from its ledger entry, or null when its sales are unknown: it has no
    /// length, or no GMV of its own and no order log of its platform to count its orders from.
    /// </summary>
    public static LiveOutcome? From(SessionResult result, bool ordersKnown = true)
    {
        var session = result.Session;
        if (!session.HasDuration || session.Length <= Duration.Zero)
        {
            return null;
        }

        var reported = session.Metrics.Gmv;
        if (reported is null && !ordersKnown)
        {
            return null;
        }

        var gmv = (reported ?? result.AttributedGmv).ToDecimal();
        var orders = session.Metrics.Orders ?? result.AttributedOrders;
        return new LiveOutcome(session.Platform, session.Shop, session.StartLocal, session.Length.TotalMinutes, (double)gmv, orders);
    }

    /// <summary>The outcomes of every LIVE whose sales are known (see <see cref="From"/>).</summary>
    /// <param name="platformsWithOrders">Platforms the inputs hold order lines of; null when every
    /// LIVE's attributed GMV is to be trusted (an empty order log then means nothing was sold).</param>
    public static IReadOnlyList<LiveOutcome> FromResults(IEnumerable<SessionResult> results, IReadOnlySet<Platform>? platformsWithOrders = null) =>
        results.Select(r => From(r, platformsWithOrders?.Contains(r.Session.Platform) ?? true))
            .Where(o => o is not null)
            .Select(o => o!)
            .ToList();
}
