using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.ShopCharts;
using LivePeak.Analytics.Render.Svg;

namespace LivePeak.Analytics.Render.Report;

/// <summary>Writes the report's sections in order; every text from the data passes <see cref="Html.Escape"/>.</summary>
internal sealed class HtmlReportWriter
{
    private readonly StringBuilder _html = new();
    private readonly ImportSummary _summary;
    private readonly EvidenceBuilder _evidence;
    private readonly Words _w;
    private readonly ReportOptions _options;
    private readonly IWindowRanker _ranker;
    private readonly ShopLabels _labels;
    private readonly List<ShopEvidence> _namedShops;
    private readonly ShopChartSet _main;
    private int _charts;

    public HtmlReportWriter(ImportSummary summary, EvidenceBuilder evidence, Words words, ReportOptions options, IWindowRanker ranker)
    {
        _summary = summary;
        _evidence = evidence;
        _w = words;
        _options = options;
        _ranker = ranker;
        _namedShops = evidence.Shops.Where(s => s.Shop != evidence.Options.DefaultShop).ToList();
        _labels = new ShopLabels(evidence.Shops, options.Anonymize, words);
        var mainLabel = _namedShops.Count == 1 ? _labels[_namedShops[0].Shop!] : _namedShops.Count == 0 ? string.Empty : words["shop.all"];
        _main = Charts(evidence.All, mainLabel);
    }

    private ShopChartSet Charts(ShopEvidence shop, string label) => new(shop, _w, new ShopChartOptions
    {
        ShopLabel = label,
        Ranking = _options.Ranking,
        ShadedWindows = _options.AnswerWindows,
        Anonymize = _options.Anonymize,
    }, _ranker);

    private static string E(string text) => Html.Escape(text);

    private string Title => _options.Title
        ?? (_namedShops.Count == 1 ? _w.Format("report.title.shop", ("shop", _main.ShopLabel)) : _w["report.title"]);

    public string Write()
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_w.Language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // No script, no fetch: the page can only use what it carries.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"generator\" content=\"LivePeak\">\n")
            .Append("<title>").Append(E(Title)).Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n");
        Header();
        Answer();
        ChartsSection();
        EvidenceSection();
        Coverage();
        Method();
        if (_namedShops.Count >= 2)
        {
            Comparison();
        }

        _html.Append("<footer>").Append(E(_w["report.footer"])).Append("</footer>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void Header()
    {
        var all = _evidence.All;
        var meta = new List<string>();
        if (_main.ShopLabel.Length > 0)
        {
            meta.Add(_main.ShopLabel);
        }

        if (all.FirstDate is { } first && all.LastDate is { } last)
        {
            meta.Add(_w.Numbers.DateRange(first, last));
        }

        meta.Add(_w.Format("report.meta.zone", ("zone", all.Cube.TimeZoneId)));
        meta.Add(_options.Store is not { } store ? _w.Format("report.meta.files", ("count", _w.Numbers.Integer(_summary.Files.Count)))
            : _options.Anonymize ? store.Engine
            : _w.Format("report.meta.store", ("engine", store.Engine), ("database", store.Database)));
        _html.Append("<header>\n<p class=\"kicker\">LivePeak</p>\n<h1>").Append(E(Title)).Append("</h1>\n<p class=\"meta\">")
            .Append(E(string.Join(" · ", meta))).Append("</p>\n</header>\n");
    }

    private void Answer()
    {
        var day = _main.DayWindows.Windows.Take(_options.AnswerWindows).ToList();
        var best = _main.WeekWindows.Windows.FirstOrDefault();
        _html.Append("<section class=\"answer\" id=\"answer\">\n<h2>").Append(E(_w["report.answer.title"])).Append("</h2>\n<div class=\"answer-grid\">\n");
        _html.Append("<div class=\"card\">\n<h3>").Append(E(_w["report.answer.when"])).Append("</h3>\n");
        if (day.Count == 0)
        {
            _html.Append("<p>").Append(E(_w["report.answer.none"])).Append("</p>\n");
        }
        else
        {
            _html.Append("<p class=\"big\">").Append(E(string.Join(" · ", day.Select(w => _w.WindowName(w))))).Append("</p>\n<p>")
                .Append(E(_w.Format("report.answer.everyday", ("measure", _w.MeasureName(day[0].Measure)),
                    ("value", _w.Numbers.Money(day[0].Expected)), ("range", _w.Numbers.MoneyRange(day[0].Low, day[0].High)),
                    ("percent", _w.Numbers.Percent((decimal)day[0].Confidence)))))
                .Append(' ').Append(Badge(day[0].Evidence)).Append("</p>\n");
            if (best is not null)
            {
                _html.Append("<p>").Append(E(_w.Format("report.answer.best", ("window", _w.WindowName(best)), ("value", _w.Numbers.Money(best.Expected)),
                    ("samples", _w.Samples(best))))).Append(' ').Append(Badge(best.Evidence)).Append("</p>\n");
            }
        }

        _html.Append("</div>\n<div class=\"card\">\n<h3>").Append(E(_w["report.answer.what"])).Append("</h3>\n");
        var products = TopProducts(_evidence.All, day, _options.AnswerProducts);
        if (products.Count == 0)
        {
            _html.Append("<p>").Append(E(_w["report.answer.noproducts"])).Append("</p>\n");
        }
        else
        {
            _html.Append("<ol>\n");
            foreach (var (name, gmv, share) in products)
            {
                _html.Append("<li class=\"name\">").Append(E(name)).Append(" <span class=\"muted\">")
                    .Append(E(_w.Format("report.answer.product", ("value", _w.Numbers.Money(gmv)), ("share", _w.Numbers.Percent(share)))))
                    .Append("</span></li>\n");
            }

            _html.Append("</ol>\n<p class=\"muted\">").Append(E(_w[day.Count == 0 ? "report.answer.products.all" : "report.answer.products.windows"])).Append("</p>\n");
        }

        _html.Append("</div>\n</div>\n");
        if (_main.DayWindows.Method == MeanBootstrapRanker.MethodName)
        {
            _html.Append("<p class=\"caveat\">").Append(E(_w["report.answer.standin"])).Append("</p>\n");
        }

        _html.Append("</section>\n");
    }

    /// <summary>The best-selling products in the given windows (all hours when none), with their share there.</summary>
    private static List<(string Name, Money Gmv, decimal Share)> TopProducts(ShopEvidence shop, IReadOnlyList<RankedWindow> windows, int count)
    {
        var source = shop.Products.Count > 0 ? shop.Products : shop.LiveProducts;
        var length = source.Length;
        var slots = windows.Count == 0
            ? Enumerable.Range(0, length.SlotsPerWeek).ToHashSet()
            : windows.SelectMany(w => ProductsChart.SlotsOf(w, length)).ToHashSet();
        var rows = source.All().Select(p => (p.Name, Gmv: p.GmvIn(slots))).Where(p => p.Gmv.TenThousandths > 0).ToList();
        var total = rows.Sum(r => r.Gmv.TenThousandths);
        return rows.OrderByDescending(r => r.Gmv).ThenBy(r => r.Name, StringComparer.Ordinal).Take(count)
            .Select(r => (r.Name, r.Gmv, total > 0 ? (decimal)r.Gmv.TenThousandths / total : 0m)).ToList();
    }

    private void ChartsSection()
    {
        _html.Append("<section id=\"charts\">\n<h2>").Append(E(_w["report.charts.title"])).Append("</h2>\n");
        Figure(_main.Build(ChartKind.Hours, SlotMetric.Gmv));
        Figure(_main.Build(ChartKind.Heatmap, SlotMetric.Gmv));
        Figure(_main.Build(ChartKind.Windows));
        Figure(_main.Build(ChartKind.Products));
        if (_main.Build(ChartKind.Sessions) is { } sessions)
        {
            if (_options.Anonymize)
            {
                // A detail export's file name may carry the shop's or the host's name.
                sessions.Notes.Clear();
            }

            Figure(sessions);
        }

        _html.Append("</section>\n");
    }

    private void Figure(Plot? plot, bool small = false)
    {
        if (plot is null)
        {
            return;
        }

        _charts++;
        var svg = SvgRenderer.Render(plot, new SvgOptions { IdPrefix = $"c{_charts}-", XmlDeclaration = false, Responsive = true });
        _html.Append(small ? "<figure class=\"small\">\n" : "<figure>\n").Append(svg).Append("<figcaption>")
            .Append(E(plot.Description ?? plot.Title)).Append("</figcaption>\n</figure>\n");
    }

    private string Badge(EvidenceLevel level) =>
        $"<span class=\"badge ev-{level.ToString().ToLowerInvariant()}\">{E(_w.EvidenceName(level))}</span>";

    private void EvidenceSection()
    {
        _html.Append("<section id=\"evidence\">\n<h2>").Append(E(_w["report.evidence.title"])).Append("</h2>\n<p>")
            .Append(E(_w[_main.WeekWindows.Method == MeanBootstrapRanker.MethodName ? "report.evidence.intro" : "report.evidence.intro.model"])).Append("</p>\n");
        WindowTable(_w["report.evidence.week"], _main.WeekWindows);
        WindowTable(_w["report.evidence.day"], _main.DayWindows);
        _html.Append("<h3>").Append(E(_w["report.backtest.title"])).Append("</h3>\n<p>");
        if (_main.WeekWindows.Backtest is { } b)
        {
            _html.Append(E(_w.Format("report.backtest.result",
                ("train", _w.Numbers.DateRange(b.TrainFrom, b.TrainTo)), ("test", _w.Numbers.DateRange(b.TestFrom, b.TestTo)),
                ("count", _w.Numbers.Integer(b.TopWindows)), ("top", _w.Numbers.Money(b.TopMean)), ("all", _w.Numbers.Money(b.AllMean)),
                ("measure", _w.MeasureName(_main.WeekWindows.Measure)))));
            if (b.Lift is { } lift)
            {
                _html.Append(' ').Append(E(_w.Format(lift >= 1 ? "report.backtest.lift" : "report.backtest.nolift", ("lift", _w.Numbers.Decimal(lift, 1)))));
            }
        }
        else
        {
            _html.Append(E(_w["report.backtest.none"]));
        }

        _html.Append("</p>\n</section>\n");
    }

    private void WindowTable(string title, WindowRanking ranking)
    {
        _html.Append("<h3>").Append(E(title)).Append("</h3>\n");
        if (ranking.Windows.Count == 0)
        {
            _html.Append("<p>").Append(E(_w["chart.windows.desc.empty"])).Append("</p>\n");
            return;
        }

        // A column of zeros says nothing when the inputs hold no LIVE report.
        var lives = _main.Evidence.Sessions.Count > 0;
        var percent = _w.Numbers.Percent((decimal)ranking.Windows[0].Confidence);
        _html.Append("<table class=\"windows\">\n<thead><tr><th class=\"num\">#</th>")
            .Append(Th(_w["report.col.window"])).Append(Th(_w.MeasureName(ranking.Measure), "num"))
            .Append(Th(_w.Format("report.col.interval", ("percent", percent)), "num")).Append(Th(_w["report.col.basis"], "num"))
            .Append(lives ? Th(_w["report.col.lives"], "num") : string.Empty)
            .Append(Th(_w["report.col.evidence"])).Append(Th(_w["report.col.bestseller"])).Append("</tr></thead>\n<tbody>\n");
        foreach (var w in ranking.Windows)
        {
            var top = TopProducts(_main.Evidence, [w], 1);
            _html.Append("<tr>").Append(Td(_w.Numbers.Integer(w.Rank), "num")).Append(Td(_w.WindowName(w), "window"))
                .Append(Td(_w.Numbers.Money(w.Expected), "num")).Append(Td(_w.Numbers.MoneyRange(w.Low, w.High), "num"))
                .Append(Td(_w.Samples(w), "num")).Append(lives ? Td(_w.Numbers.Integer(w.Sessions), "num") : string.Empty)
                .Append("<td>").Append(Badge(w.Evidence)).Append("</td>")
                .Append(Td(top.Count == 0 ? "–" : top[0].Name, "name")).Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        if (ranking.Windows[0].FirstDate is { } first && ranking.Windows[0].LastDate is { } last)
        {
            _html.Append("<p class=\"note\">").Append(E(_w.Format("report.evidence.dates", ("range", _w.Numbers.DateRange(first, last))))).Append("</p>\n");
        }
    }

    private static string Th(string text, string? css = null) =>
        (css is null ? "<th>" : $"<th class=\"{css}\">") + E(text) + "</th>";

    private static string Td(string text, string? css = null) =>
        (css is null ? "<td>" : $"<td class=\"{css}\">") + E(text) + "</td>";

    private void Coverage()
    {
        _html.Append("<section id=\"coverage\">\n<h2>").Append(E(_w["report.coverage.title"])).Append("</h2>\n");
        if (_options.Store is { } store)
        {
            StoreCoverage(store);
        }
        else
        {
            FileCoverage();
        }

        Counts();
        _html.Append("</section>\n");
    }

    /// <summary>The store in place of files: which server and database (hidden when anonymised), its tables and rows.</summary>
    private void StoreCoverage(ReportStore store)
    {
        var source = _options.Anonymize
            ? _w.Format("report.coverage.store.anonymous", ("engine", store.Engine))
            : _w.Format("report.coverage.store", ("engine", store.Engine), ("server", store.Server), ("database", store.Database));
        _html.Append("<p>").Append(E(source)).Append("</p>\n<table>\n<thead><tr>").Append(Th(_w["report.col.table"]))
            .Append(Th(_w["report.col.stored"], "num")).Append("</tr></thead>\n<tbody>\n");
        foreach (var table in store.Tables)
        {
            _html.Append("<tr>").Append(Td(table.Name, "name")).Append(Num(table.Rows)).Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n<p class=\"note\">").Append(E(_w["report.coverage.store.note"])).Append("</p>\n");
    }

    private void FileCoverage()
    {
        _html.Append("<table>\n<thead><tr><th>")
            .Append(E(_w["report.col.file"])).Append("</th><th>").Append(E(_w["report.col.kind"])).Append("</th><th class=\"num\">")
            .Append(E(_w["report.col.read"])).Append("</th><th class=\"num\">").Append(E(_w["report.col.accepted"])).Append("</th><th class=\"num\">")
            .Append(E(_w["report.col.rejected"])).Append("</th><th class=\"num\">").Append(E(_w["report.col.duplicate"])).Append("</th><th>")
            .Append(E(_w["report.col.dates"])).Append("</th></tr></thead>\n<tbody>\n");
        var index = 0;
        foreach (var file in _summary.Files)
        {
            index++;
            var name = _options.Anonymize ? _w.Format("report.file.label", ("number", _w.Numbers.Integer(index))) : Path.GetFileName(file.Path);
            _html.Append("<tr><td class=\"name\">").Append(E(name)).Append("</td><td>").Append(E(file.Kind)).Append("</td>")
                .Append(Num(file.RowsRead)).Append(Num(file.RowsAccepted)).Append(Num(file.RowsRejected)).Append(Num(file.RowsDuplicate))
                .Append("<td>").Append(file.FirstDate is { } f && file.LastDate is { } l ? E(_w.Numbers.DateRange(f, l)) : "–").Append("</td></tr>\n");
        }

        if (_summary.Files.Count > 1)
        {
            _html.Append("<tr class=\"total\"><td>").Append(E(_w["report.total"])).Append("</td><td></td>").Append(Num(_summary.RowsRead))
                .Append(Num(_summary.RowsAccepted)).Append(Num(_summary.RowsRejected)).Append(Num(_summary.RowsDuplicate)).Append("<td></td></tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        var reasons = _summary.Files.SelectMany(f => f.RejectsByReason).GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => (Reason: g.Key, Count: g.Sum(r => r.Value))).OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal).ToList();
        if (reasons.Count > 0)
        {
            _html.Append("<p>").Append(E(_w["report.coverage.rejects"])).Append("</p>\n<ul>\n");
            foreach (var (reason, count) in reasons)
            {
                _html.Append("<li>").Append(E(_summary.Localize(reason, _w.Language))).Append(": ").Append(E(_w.Numbers.Integer(count))).Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }
    }

    private void Counts()
    {
        var all = _evidence.All;
        var counts = new (string Key, string Value)[]
        {
            ("report.count.orders", _w.Numbers.Integer(all.Cube.AllSlots().Sum(s => s.Orders))),
            ("report.count.lines", _w.Numbers.Integer(all.Lines)),
            ("report.count.gmv", _w.Numbers.Money(all.Cube.AllSlots().Aggregate(Money.Zero, (a, s) => a + s.Gmv))),
            ("report.count.lives", _w.Numbers.Integer(all.Sessions.Count)),
            ("report.count.details", _w.Numbers.Integer(all.Details.Count)),
            ("report.count.products", _w.Numbers.Integer(Math.Max(all.Products.Count, all.LiveProducts.Count))),
        };
        _html.Append("<table class=\"counts\">\n<tbody>\n");
        foreach (var (key, value) in counts)
        {
            _html.Append("<tr>").Append(Td(_w[key])).Append(Td(value, "num")).Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        if (_evidence.LiveChannelLinesWithoutLive > 0)
        {
            _html.Append("<p class=\"note\">").Append(E(_w.Format("report.coverage.unmatched", ("count", _w.Numbers.Integer(_evidence.LiveChannelLinesWithoutLive))))).Append("</p>\n");
        }
    }

    private string Num(long value) => "<td class=\"num\">" + E(_w.Numbers.Integer(value)) + "</td>";

    private void Method()
    {
        var ranking = _main.WeekWindows;
        var hours = _w.Numbers.Decimal(_options.Ranking.WindowMinutes / 60m, 0);
        var model = ranking.Method != MeanBootstrapRanker.MethodName;
        var items = new List<string>
        {
            _w.Format("report.method.count", ("zone", _evidence.All.Cube.TimeZoneId)),
            _w.Format(ranking.Measure == WindowMeasure.GmvPerLiveHour ? "report.method.windows.lives" : "report.method.windows.days", ("hours", hours)),
            model ? _w["report.method.model"] : _w.Format("report.method.interval", ("percent", _w.Numbers.Percent((decimal)_options.Ranking.Confidence)), ("resamples", _w.Numbers.Integer(_options.Ranking.Resamples))),
            _w[model ? "evidence.rule.model" : "evidence.rule"],
            _w["report.method.backtest"],
            _w["report.method.products"],
        };
        if (!model)
        {
            items.Add(_w["report.method.standin"]);
        }

        _html.Append("<section id=\"method\">\n<h2>").Append(E(_w["report.method.title"])).Append("</h2>\n<ul class=\"method\">\n");
        foreach (var item in items)
        {
            _html.Append("<li>").Append(E(item)).Append("</li>\n");
        }

        _html.Append("</ul>\n</section>\n");
    }

    private void Comparison()
    {
        // Largest shop first, as the anonymous labels run (Shop A is the largest).
        var shops = _namedShops
            .OrderByDescending(s => s.Cube.AllSlots().Sum(x => x.Gmv.TenThousandths)).ThenBy(s => s.Shop, StringComparer.Ordinal)
            .Select(s => (Shop: s, Charts: Charts(s, _labels[s.Shop!]))).ToList();

        _html.Append("<section id=\"compare\" class=\"page\">\n<h2>").Append(E(_w["report.compare.title"])).Append("</h2>\n<p>")
            .Append(E(_w[_options.Anonymize ? "report.compare.intro.anonymous" : "report.compare.intro"])).Append("</p>\n<table>\n<thead><tr><th>")
            .Append(E(_w["report.col.shop"])).Append("</th><th class=\"num\">").Append(E(_w["metric.orders"])).Append("</th><th class=\"num\">")
            .Append(E(_w["metric.gmv"])).Append("</th><th class=\"num\">").Append(E(_w["report.col.lives"])).Append("</th><th>")
            .Append(E(_w["report.col.everyday"])).Append("</th><th>").Append(E(_w["report.col.bestweek"])).Append("</th><th>")
            .Append(E(_w["report.col.bestseller"])).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (shop, charts) in shops)
        {
            var day = charts.DayWindows.Windows.FirstOrDefault();
            var week = charts.WeekWindows.Windows.FirstOrDefault();
            var top = TopProducts(shop, charts.DayWindows.Windows.Take(_options.AnswerWindows).ToList(), 1);
            _html.Append("<tr>").Append(Td(charts.ShopLabel, "shop"))
                .Append(Num(shop.Cube.AllSlots().Sum(s => s.Orders)))
                .Append("<td class=\"num\">").Append(E(_w.Numbers.Money(shop.Cube.AllSlots().Aggregate(Money.Zero, (a, s) => a + s.Gmv)))).Append("</td>")
                .Append(Num(shop.Sessions.Count))
                .Append("<td>").Append(day is null ? "–" : E(_w.WindowName(day)) + " " + Badge(day.Evidence)).Append("</td>")
                .Append("<td>").Append(week is null ? "–" : E(_w.WindowName(week)) + " " + Badge(week.Evidence)).Append("</td>")
                .Append("<td class=\"name\">").Append(top.Count == 0 ? "–" : E(top[0].Name)).Append("</td></tr>\n");
        }

        _html.Append("</tbody>\n</table>\n<div class=\"grid2\">\n");
        foreach (var (_, charts) in shops)
        {
            var plot = charts.Build(ChartKind.Hours, SlotMetric.Gmv)!;
            plot.Title = charts.ShopLabel;
            plot.Width = 460;
            plot.Height = 300;
            plot.Notes.Clear();
            plot.ShowLegend = false;
            plot.Axes.Left.Label = null;
            Figure(plot, small: true);
        }

        _html.Append("</div>\n</section>\n");
    }
}
