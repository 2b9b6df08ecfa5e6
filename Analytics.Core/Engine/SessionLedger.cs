using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine;

/// <summary>What the order log says each LIVE sold, beside what the LIVE report says.</summary>
/// <param name="AttributedOrders">Distinct non-cancelled orders with a line linked to the LIVE.</param>
/// <param name="AttributedGmv">Revenue of the non-cancelled lines linked to the LIVE.</param>
public sealed record SessionResult(LiveSession Session, long AttributedOrders, Money AttributedGmv, long AttributedLines)
{
    public decimal Hours => (decimal)Session.Length.TotalHours;

    /// <summary>The report's GMV minus the order log's, where the report has one.</summary>
    public Money? GmvGap => Session.Metrics.Gmv is { } reported ? reported - AttributedGmv : null;

    /// <summary>GMV per live hour: the report's GMV where it has one, else the order log's.</summary>
    public decimal? GmvPerHour => Hours > 0 ? (Session.Metrics.Gmv ?? AttributedGmv).ToDecimal() / Hours : null;
}

/// <summary>Per-LIVE totals of attributed order lines. Ledgers of partial inputs merge exactly.</summary>
public sealed class SessionLedger
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public void AddSession(LiveSession session) => _entries.TryAdd(session.Key, new Entry(session));

    public void AddLine(OrderLine line, LiveSession live)
    {
        if (!_entries.TryGetValue(live.Key, out var entry))
        {
            _entries[live.Key] = entry = new Entry(live);
        }

        entry.Lines++;
        if (line.Status == OrderStatus.Cancelled)
        {
            return;
        }

        entry.Gmv += line.Revenue;
        if (line.Quantity > 0)
        {
            entry.Orders.Add(SlotCube.OrderIdentity(line));
        }
    }

    /// <summary>
    /// Adds a LIVE's totals aggregated elsewhere (a database running the same attribution). They
    /// hold an order count, not order keys, so they add to what the ledger has: exact when the
    /// partial ledgers hold different orders, as shards split by order do.
    /// </summary>
    public void AddTotals(LiveSession live, long orders, Money gmv, long lines)
    {
        if (!_entries.TryGetValue(live.Key, out var entry))
        {
            _entries[live.Key] = entry = new Entry(live);
        }

        entry.CountedOrders += orders;
        entry.Gmv += gmv;
        entry.Lines += lines;
    }

    public void Merge(SessionLedger other)
    {
        foreach (var (key, theirs) in other._entries)
        {
            if (!_entries.TryGetValue(key, out var mine))
            {
                _entries[key] = mine = new Entry(theirs.Session);
            }

            mine.Lines += theirs.Lines;
            mine.Gmv += theirs.Gmv;
            mine.Orders.UnionWith(theirs.Orders);
            mine.CountedOrders += theirs.CountedOrders;
        }
    }

    public int Count => _entries.Count;

    /// <summary>Every LIVE, earliest first.</summary>
    public IReadOnlyList<SessionResult> Results() =>
        _entries.Values
            .OrderBy(e => e.Session.Start.ToInstant())
            .ThenBy(e => e.Session.Key, StringComparer.Ordinal)
            .Select(e => new SessionResult(e.Session, e.Orders.Count + e.CountedOrders, e.Gmv, e.Lines))
            .ToList();

    private sealed class Entry(LiveSession session)
    {
        public LiveSession Session { get; } = session;

        public HashSet<IdentityHash> Orders { get; } = [];

        public long CountedOrders { get; set; }

        public Money Gmv { get; set; }

        public long Lines { get; set; }
    }
}
