using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine;

/// <summary>What to aggregate: slot length, zone, grace after a LIVE, and optional filters.</summary>
public sealed record CubeOptions
{
    public SlotLength SlotLength { get; init; } = SlotLength.Hour;

    public string TimeZoneId { get; init; } = "Asia/Ho_Chi_Minh";

    /// <summary>Orders this long after a LIVE ends still count for it (viewers finish checking out).</summary>
    public Duration Grace { get; init; } = Duration.FromMinutes(30);

    /// <summary>The shop name given to rows of exports that carry none.</summary>
    public string DefaultShop { get; init; } = "default";

    /// <summary>Keep only these platforms (empty: all).</summary>
    public IReadOnlySet<Platform> Platforms { get; init; } = new HashSet<Platform>();

    /// <summary>Keep only these shops (empty: all). Compared ignoring case.</summary>
    public IReadOnlySet<string> Shops { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Fill the slot cube and the product x slot table from the order lines. The model commands
    /// turn it off: they read only the LIVE ledger (and keep the lines for the product mix
    /// themselves), and the cube's per-slot orders were a few hundred megabytes on a large log.
    /// </summary>
    public bool SlotTables { get; init; } = true;
}

/// <summary>
/// The engine's entry point for the general path: takes LIVEs and order lines from the import
/// stage and fills a <see cref="SlotCube"/> and a <see cref="SessionLedger"/>. All LIVEs must
/// arrive before the first order line (the import stage reads LIVE reports first), because a
/// line's LIVE is decided as it arrives.
/// </summary>
public sealed class CubeBuilder(CubeOptions options)
{
    private readonly List<LiveSession> _sessions = [];
    private LiveAttribution? _attribution;

    public CubeOptions Options { get; } = options;

    public SlotCube Cube { get; } = new(options.SlotLength, options.TimeZoneId);

    public SessionLedger Ledger { get; } = new();

    /// <summary>What each product sold in each slot.</summary>
    public ProductSlotTable Products { get; } = new(options.SlotLength);

    /// <summary>Order lines left out by the platform or shop filter.</summary>
    public long LinesFiltered { get; private set; }

    /// <summary>Lines whose channel says LIVE but that fall in no imported LIVE's window.</summary>
    public long LiveChannelLinesWithoutLive { get; private set; }

    public void AddSession(LiveSession session)
    {
        if (_attribution is not null)
        {
            throw new InvalidOperationException("LIVE sessions must all be added before the first order line");
        }

        if (!Keeps(session.Platform, session.Shop))
        {
            return;
        }

        // A LIVE rebuilt from a detail export's trend only stands in for a LIVE no list reported.
        if (session.FromTrend && _sessions.Any(s => Overlaps(s, session)))
        {
            TrendSessionsAlreadyListed++;
            return;
        }

        _sessions.Add(session);
        if (Options.SlotTables)
        {
            Cube.AddSession(session);
        }

        Ledger.AddSession(session);
    }

    /// <summary>Detail exports (per-LIVE products and trend), kept for product mix and timelines.</summary>
    public List<LiveDetail> Details { get; } = [];

    /// <summary>LIVEs rebuilt from a trend that a LIVE list already had.</summary>
    public long TrendSessionsAlreadyListed { get; private set; }

    public void AddDetail(LiveDetail detail)
    {
        if (Keeps(detail.Platform, detail.Shop))
        {
            Details.Add(detail);
        }
    }

    private bool Overlaps(LiveSession a, LiveSession b) =>
        a.Platform == b.Platform &&
        (a.Shop == b.Shop || a.Shop == Options.DefaultShop || b.Shop == Options.DefaultShop) &&
        a.Start.ToInstant() < b.End.ToInstant() && b.Start.ToInstant() < a.End.ToInstant();

    public void AddLine(OrderLine line) => Add(line);

    /// <summary>Adds an order line and returns the LIVE it was linked to: null for an off-LIVE sale or a filtered-out line.</summary>
    public LiveSession? Add(OrderLine line)
    {
        if (!Keeps(line.Platform, line.Shop))
        {
            LinesFiltered++;
            return null;
        }

        _attribution ??= new LiveAttribution(_sessions, Options.Grace, Options.DefaultShop);
        var live = _attribution.Attribute(line);
        if (Options.SlotTables)
        {
            Cube.Add(line, live);
            Products.Add(line);
        }

        if (live is not null)
        {
            Ledger.AddLine(line, live);
        }
        else if (line.Channel is { } channel && string.Equals(channel, LiveAttribution.LiveChannel, StringComparison.OrdinalIgnoreCase))
        {
            LiveChannelLinesWithoutLive++;
        }

        return live;
    }

    private bool Keeps(Platform platform, string shop) =>
        (Options.Platforms.Count == 0 || Options.Platforms.Contains(platform)) &&
        (Options.Shops.Count == 0 || Options.Shops.Contains(shop));
}
