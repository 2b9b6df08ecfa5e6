using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Scale;
using NodaTime;

namespace LivePeak.Tests.Scale;

/// <summary>
/// Names that break naive SQL or TSV (quotes, backslashes, tabs, line breaks, NUL, markup, emoji,
/// an injection attempt, the text <c>\N</c>) go into the store as shop, product, order, line and
/// LIVE fields and come back exactly; filtering by them in SQL selects exactly their rows.
/// </summary>
[TestFixture]
public sealed class HostileNamesTests
{
    private static readonly string[] Names =
    [
        "O'Brien's farm",
        @"back\slash\",
        "tab\there",
        "new\nline",
        "cr\r\nlf",
        "<script>alert('x')</script>",
        "🍉 Sầu riêng Ri6 🥭",
        "x'); DROP TABLE order_lines; --",
        @"\N",
        "nul\0byte",
        "unit\u001fseparator",
        "\"double\" & 'single'",
    ];

    private static readonly LocalDateTime Monday = new(2026, 6, 1, 0, 0);

    private static (List<LiveSession> Sessions, List<OrderLine> Lines) World()
    {
        var sessions = new List<LiveSession>();
        var lines = new List<OrderLine>();
        for (var i = 0; i < Names.Length; i++)
        {
            string Name(int k) => Names[(i + k) % Names.Length];
            var start = Monday.PlusHours(7 * i + 9);
            sessions.Add(new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = Name(0),
                Host = Name(1),
                RoomId = Name(2),
                Title = Name(3),
                SourceKind = "hostile",
                Start = start.InZoneStrictly(StoreWorld.Zone),
                End = start.PlusMinutes(90).InZoneStrictly(StoreWorld.Zone),
                Metrics = new LiveMetrics { Viewers = 1000 + i },
            });
            foreach (var (minutes, channel) in new[] { (30, "LIVE"), (200, Name(4)), (45, (string?)null) })
            {
                lines.Add(new OrderLine(
                    Platform.TikTok, Name(0), Name(5) + minutes, Name(6), Name(7), i % 4 == 0 ? string.Empty : Name(8),
                    1.5m, Money.FromDecimal(123_456.789m + i), start.PlusMinutes(minutes).InZoneStrictly(StoreWorld.Zone),
                    OrderStatus.Completed, channel));
            }
        }

        return (sessions, lines);
    }

    [Test]
    public void Every_field_round_trips_exactly()
    {
        var (sessions, lines) = World();
        var options = new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = ClickHouseServers.NewDatabase() };
        using var store = ClickHouseStore.Connect(options);
        StoreWorld.Load(store, sessions, lines);

        using var client = new ClickHouseClient(options);
        var stored = TsvText.Rows(client.Query($"SELECT {LineRow.ReadColumns} FROM `{options.Database}`.order_lines FINAL FORMAT TabSeparated"))
            .Select(v => LineRow.Read(v, StoreWorld.Zone).Line)
            .ToList();
        Assert.That(stored, Is.EquivalentTo(lines));
        var ledger = store.Sessions(StoreWorld.Options(60)).Ledger.Results();
        Assert.That(ledger.Select(r => r.Session), Is.EquivalentTo(sessions));
        Assert.That(ledger.Sum(r => r.AttributedLines), Is.EqualTo(2 * Names.Length), "the LIVE-channel and channel-less lines inside each LIVE");
    }

    [Test]
    public void Filtering_by_a_hostile_shop_name_selects_exactly_its_rows()
    {
        var (sessions, lines) = World();
        using var store = ClickHouseStore.Connect(new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = ClickHouseServers.NewDatabase() });
        StoreWorld.Load(store, sessions, lines);

        foreach (var shop in Names)
        {
            var options = StoreWorld.Options(30) with { Shops = new HashSet<string>([shop], StringComparer.OrdinalIgnoreCase) };
            var embedded = new CubeBuilder(options);
            sessions.ForEach(embedded.AddSession);
            lines.ForEach(embedded.AddLine);
            Assert.That(embedded.Cube.Lines, Is.EqualTo(3));
            Assert.That(CubeComparison.Differences(embedded.Cube, store.Cube(options)), Is.Empty, shop);
            Assert.That(CubeComparison.Differences(embedded.Ledger, store.Sessions(options).Ledger), Is.Empty, shop);
        }
    }

    [Test]
    public void Product_sales_and_report_evidence_keep_hostile_names_and_filter_by_them()
    {
        var (sessions, lines) = World();
        using var store = ClickHouseStore.Connect(new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = ClickHouseServers.NewDatabase() });
        StoreWorld.Load(store, sessions, lines);
        var options = StoreWorld.Options(60);
        var builder = new CubeBuilder(options);
        sessions.ForEach(builder.AddSession);
        lines.ForEach(builder.AddLine);
        var attribution = new LiveAttribution(builder.Ledger.Results().Select(r => r.Session), options.Grace, options.DefaultShop);

        foreach (var (shop, basket) in Names.Select(n => ((string?)n, BasketKind.Live)).Append((null, BasketKind.Order)))
        {
            var mine = lines.Where(l => shop is null || l.Shop == shop).Select(l => new MixLine(l, attribution.Attribute(l)?.Key)).ToList();
            var want = ProductSales.From(mine.Where(m => m.LiveKey is not null), basket);
            var (got, liveOnly) = store.ProductSales(options, basket, shop, Platform.TikTok);
            Assert.That(liveOnly, Is.True);
            Assert.That(ModelComparison.Differences(want, got), Is.Empty, shop ?? "every shop");
        }

        var evidence = new EvidenceBuilder(options);
        sessions.ForEach(evidence.AddSession);
        lines.ForEach(evidence.AddLine);
        var stored = store.Evidence(options);
        Assert.That(stored.Shops.Select(s => s.Shop), Is.EquivalentTo(Names));
        Assert.That(ModelComparison.Differences(evidence, stored), Is.Empty);
    }

    [Test]
    public void Escaped_literals_read_back_as_the_same_text()
    {
        using var client = new ClickHouseClient(new ClickHouseOptions { Url = ClickHouseServers.Single.Url });
        foreach (var name in Names)
        {
            var back = TsvText.Rows(client.Query($"SELECT {SqlText.Literal(name)}, length({SqlText.Literal(name)}) FORMAT TabSeparated")).Single();
            Assert.That(back[0], Is.EqualTo(name));
        }
    }
}
