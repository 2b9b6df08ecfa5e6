using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// Everything the charts and the report show about one shop (or all shops together): the week
/// cube, every LIVE with its attributed orders, sales per calendar day and slot, sales per product
/// and slot, and the LIVE detail exports.
/// </summary>
public sealed class ShopEvidence
{
    internal ShopEvidence(string? shop, SlotCube cube, SessionLedger ledger)
    {
        Shop = shop;
        Cube = cube;
        Ledger = ledger;
        Daily = new DailySlotTotals(cube.Length);
        Products = new ProductSlotTotals(cube.Length);
        LiveProducts = new ProductSlotTotals(cube.Length);
    }

    /// <summary>The shop's name; null for all shops together.</summary>
    public string? Shop { get; }

    public SlotCube Cube { get; }

    public SessionLedger Ledger { get; }

    public DailySlotTotals Daily { get; }

    /// <summary>Product sales from order lines.</summary>
    public ProductSlotTotals Products { get; }

    /// <summary>Product results from LIVE detail exports, placed in the slot each LIVE started.</summary>
    public ProductSlotTotals LiveProducts { get; }

    public List<LiveDetail> Details { get; } = [];

    /// <summary>Order lines added (cancelled included).</summary>
    public long Lines => Cube.Lines;

    public IReadOnlyList<SessionResult> Sessions => Ledger.Results();

    /// <summary>The first date with an order or a LIVE.</summary>
    public LocalDate? FirstDate => Earliest(Cube.FirstDate, Sessions.Select(s => (LocalDate?)s.Session.StartLocal.Date).Min());

    public LocalDate? LastDate => Latest(Cube.LastDate, Sessions.Select(s => (LocalDate?)s.Session.StartLocal.Date).Max());

    internal void AddSession(LiveSession session)
    {
        Cube.AddSession(session);
        Ledger.AddSession(session);
    }

    internal void AddLine(OrderLine line, LiveSession? live)
    {
        Cube.Add(line, live);
        if (live is not null)
        {
            Ledger.AddLine(line, live);
        }

        Daily.Add(line);
        Products.Add(line);
    }

    internal void AddDetail(LiveDetail detail)
    {
        Details.Add(detail);
        if (detail.Trend.Count > 0 && detail.Products.Count > 0)
        {
            LiveProducts.Add(detail, detail.Trend[0].Start);
        }
    }

    private static LocalDate? Earliest(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static LocalDate? Latest(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
