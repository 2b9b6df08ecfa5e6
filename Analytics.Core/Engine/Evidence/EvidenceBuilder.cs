using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// Gathers <see cref="ShopEvidence"/> for all shops together and for each shop, from what the
/// import stage sends (LIVEs first, then order lines, as for <see cref="CubeBuilder"/>). The
/// all-shops cube and ledger are a <see cref="CubeBuilder"/>'s, so the charts agree exactly with
/// <c>livepeak slots</c> and <c>livepeak sessions</c>; the filters and the LIVE attribution are
/// its rules too.
/// </summary>
public sealed class EvidenceBuilder
{
    private readonly CubeBuilder _all;
    private readonly Dictionary<string, ShopEvidence> _shops = new(StringComparer.Ordinal);
    private readonly List<LiveSession> _kept = [];
    private readonly long? _orphans;
    private LiveAttribution? _attribution;

    public EvidenceBuilder(CubeOptions options)
    {
        _all = new CubeBuilder(options);
        All = new ShopEvidence(null, _all.Cube, _all.Ledger);
    }

    /// <summary>Evidence gathered elsewhere (a database applying the same rules), complete: nothing more can be added.</summary>
    internal EvidenceBuilder(CubeOptions options, ShopEvidence all, IEnumerable<ShopEvidence> shops, long liveChannelLinesWithoutLive)
    {
        _all = new CubeBuilder(options);
        All = all;
        foreach (var shop in shops)
        {
            _shops[shop.Shop!] = shop;
        }

        _orphans = liveChannelLinesWithoutLive;
    }

    public CubeOptions Options => _all.Options;

    /// <summary>All shops together.</summary>
    public ShopEvidence All { get; }

    /// <summary>Each shop seen in an order line or a LIVE, by name.</summary>
    public IReadOnlyList<ShopEvidence> Shops => _shops.Values.OrderBy(s => s.Shop, StringComparer.Ordinal).ToList();

    /// <summary>Lines whose channel says LIVE but that fall in no known LIVE.</summary>
    public long LiveChannelLinesWithoutLive => _orphans ?? _all.LiveChannelLinesWithoutLive;

    public void AddSession(LiveSession session)
    {
        RequireOpen();
        var before = _all.Cube.SessionCount;
        _all.AddSession(session);
        if (_all.Cube.SessionCount == before)
        {
            return; // filtered out, or a trend-only LIVE that a list already had
        }

        _kept.Add(session);
        ShopOf(session.Shop).AddSession(session);
    }

    public void AddDetail(LiveDetail detail)
    {
        RequireOpen();
        var before = _all.Details.Count;
        _all.AddDetail(detail);
        if (_all.Details.Count == before)
        {
            return;
        }

        All.AddDetail(detail);
        ShopOf(detail.Shop).AddDetail(detail);
    }

    public void AddLine(OrderLine line)
    {
        RequireOpen();
        var filtered = _all.LinesFiltered;
        _all.AddLine(line);
        if (_all.LinesFiltered != filtered)
        {
            return;
        }

        // The same attribution as the builder's own: same LIVEs, grace and default shop.
        _attribution ??= new LiveAttribution(_kept, Options.Grace, Options.DefaultShop);
        var live = _attribution.Attribute(line);
        All.Daily.Add(line);
        All.Products.Add(line);
        ShopOf(line.Shop).AddLine(line, live);
    }

    private void RequireOpen()
    {
        if (_orphans is not null)
        {
            throw new InvalidOperationException("evidence gathered by a database is complete; nothing can be added to it");
        }
    }

    private ShopEvidence ShopOf(string shop)
    {
        if (!_shops.TryGetValue(shop, out var evidence))
        {
            _shops[shop] = evidence = new ShopEvidence(shop, new SlotCube(Options.SlotLength, Options.TimeZoneId), new SessionLedger());
        }

        return evidence;
    }
}
