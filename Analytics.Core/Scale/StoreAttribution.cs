using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// Decides, client-side at load time, what the embedded <see cref="CubeBuilder"/> decides as lines
/// arrive: which LIVEs count (a LIVE rebuilt from a trend stands in only where no other LIVE
/// overlaps it) and which LIVE each line belongs to (<see cref="LiveAttribution"/>). The store
/// keeps the answers on each row, so the SQL stays simple sums and exact.
/// Both answers are kept twice: with every stored LIVE in view (queries without <c>--shop</c>), and
/// with only the line's own shop's LIVEs in view (what the builder sees under a <c>--shop</c>
/// filter, which drops other shops' LIVEs, including those of the default shop).
/// </summary>
public sealed class StoreAttribution
{
    private readonly LiveAttribution _all;
    private readonly Dictionary<(Platform, string), LiveAttribution> _own = [];
    private readonly StoreSettings _settings;

    public StoreAttribution(IEnumerable<LiveSession> sessions, StoreSettings settings)
    {
        _settings = settings;
        var list = sessions.ToList();
        var inAll = Standing(list, SameShopOrDefault);
        var inOwn = Standing(list, (a, b) => a.Shop == b.Shop);
        Rows = list.Select(s => new SessionRow(s, inAll.Contains(s.Key), inOwn.Contains(s.Key))).ToList();
        _all = new LiveAttribution(list.Where(s => inAll.Contains(s.Key)), settings.Grace, settings.DefaultShop);
        foreach (var group in list.Where(s => inOwn.Contains(s.Key)).GroupBy(s => (s.Platform, s.Shop)))
        {
            _own[group.Key] = new LiveAttribution(group, settings.Grace, settings.DefaultShop);
        }
    }

    /// <summary>Every session with whether it counts, in the order given.</summary>
    public IReadOnlyList<SessionRow> Rows { get; }

    /// <summary>The line's LIVE keys (empty for none) over all LIVEs and over its own shop's.</summary>
    public (string LiveKey, string OwnLiveKey) Attribute(OrderLine line)
    {
        var all = _all.Attribute(line)?.Key ?? string.Empty;
        var own = _own.TryGetValue((line.Platform, line.Shop), out var attribution) ? attribution.Attribute(line)?.Key ?? string.Empty : string.Empty;
        return (all, own);
    }

    /// <summary>
    /// The keys of the LIVEs that count: every listed LIVE, then LIVEs rebuilt from a trend, earliest
    /// first, each unless it overlaps one already counted. (The builder takes trend LIVEs in the
    /// order their detail files are read; a store gathered over many loads has no such order, so
    /// it uses start time. They differ only for two trend LIVEs of one shop that overlap each other.)
    /// </summary>
    private static HashSet<string> Standing(List<LiveSession> sessions, Func<LiveSession, LiveSession, bool> sameShop)
    {
        var standing = new List<LiveSession>();
        standing.AddRange(sessions.Where(s => !s.FromTrend));
        var trend = sessions.Where(s => s.FromTrend)
            .OrderBy(s => s.Start.ToInstant())
            .ThenBy(s => s.Key, StringComparer.Ordinal);
        foreach (var session in trend)
        {
            if (!standing.Any(s => s.Platform == session.Platform && sameShop(s, session) &&
                                   s.Start.ToInstant() < session.End.ToInstant() && session.Start.ToInstant() < s.End.ToInstant()))
            {
                standing.Add(session);
            }
        }

        return standing.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
    }

    private bool SameShopOrDefault(LiveSession a, LiveSession b) =>
        a.Shop == b.Shop || a.Shop == _settings.DefaultShop || b.Shop == _settings.DefaultShop;
}
