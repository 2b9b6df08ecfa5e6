using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine;

/// <summary>
/// Links each order line to at most one LIVE. A line can belong to a LIVE when its channel says
/// LIVE (TikTok's <c>Order Channel</c>) or when its export has no channel at all; it then belongs
/// to the LIVE of the same platform and shop whose [start, end + grace] holds its created time.
/// When LIVEs overlap, the one that started last wins: a viewer who orders has most likely just
/// arrived from the newest stream. Lines with another channel (Videos, Product cards) are never
/// linked, whatever their time.
/// </summary>
public sealed class LiveAttribution
{
    public const string LiveChannel = "LIVE";

    private readonly Dictionary<(Platform, string), List<LiveSession>> _byShop = [];
    private readonly Dictionary<Platform, List<LiveSession>> _byPlatform = [];
    private readonly Duration _grace;
    private Duration _longest = Duration.Zero;

    public LiveAttribution(IEnumerable<LiveSession> sessions, Duration grace, string defaultShop = "default")
    {
        _grace = grace;
        DefaultShop = defaultShop;
        foreach (var session in sessions)
        {
            var key = (session.Platform, session.Shop);
            if (!_byShop.TryGetValue(key, out var list))
            {
                _byShop[key] = list = [];
            }

            list.Add(session);
            if (!_byPlatform.TryGetValue(session.Platform, out var all))
            {
                _byPlatform[session.Platform] = all = [];
            }

            all.Add(session);
            if (session.Length > _longest)
            {
                _longest = session.Length;
            }
        }

        foreach (var list in _byShop.Values.Concat(_byPlatform.Values))
        {
            list.Sort(ByStart);
        }
    }

    /// <summary>Rows of exports that name no shop get this name; they match LIVEs of any shop.</summary>
    public string DefaultShop { get; }

    public Duration Grace => _grace;

    public static bool IsEligible(OrderLine line) =>
        line.Channel is null || string.Equals(line.Channel, LiveChannel, StringComparison.OrdinalIgnoreCase);

    /// <summary>The LIVE this line belongs to, or null for an off-LIVE sale.</summary>
    public LiveSession? Attribute(OrderLine line)
    {
        if (!IsEligible(line))
        {
            return null;
        }

        var at = line.Created.ToInstant();
        if (line.Shop == DefaultShop)
        {
            return _byPlatform.TryGetValue(line.Platform, out var all) ? Find(all, at) : null;
        }

        var own = _byShop.TryGetValue((line.Platform, line.Shop), out var list) ? Find(list, at) : null;
        var unnamed = _byShop.TryGetValue((line.Platform, DefaultShop), out var anyShop) ? Find(anyShop, at) : null;
        return Later(own, unnamed);
    }

    /// <summary>The later-starting session; at the same start, the one last in key order, which is
    /// also what <see cref="Find"/> picks within one list, so ties resolve the same way everywhere.</summary>
    private static LiveSession? Later(LiveSession? a, LiveSession? b) =>
        a is null ? b : b is null ? a : (ByStart(b, a) > 0 ? b : a);

    /// <summary>The latest-starting session whose window holds the instant.</summary>
    private LiveSession? Find(List<LiveSession> sorted, Instant at)
    {
        // Binary search the last session starting at or before the instant, then walk back while a
        // session could still be running (no session is longer than the longest one).
        int lo = 0, hi = sorted.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Start.ToInstant() <= at)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = last; i >= 0; i--)
        {
            var session = sorted[i];
            var start = session.Start.ToInstant();
            if (start < at - _longest - _grace)
            {
                break;
            }

            if (at <= session.End.ToInstant() + _grace)
            {
                return session;
            }
        }

        return null;
    }

    private static int ByStart(LiveSession a, LiveSession b)
    {
        var byStart = a.Start.ToInstant().CompareTo(b.Start.ToInstant());
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Key, b.Key);
    }
}
