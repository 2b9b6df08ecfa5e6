using System.Globalization;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Svg;

namespace LivePeak.Tests.Render.Svg;

/// <summary>The SVG is well-formed XML and every mark stands where the data puts it.</summary>
public sealed class SvgMarksTests
{
    [Test]
    public void Bar_heights_are_proportional_to_values_from_one_baseline()
    {
        double[] values = [0, 10, 25, 40, 7.5];
        var plot = new Plot { Title = "Bars" };
        plot.Add.Bars(values);

        var svg = new SvgDocument(SvgRenderer.Render(plot));

        var bars = svg.WithClass("bar");
        Assert.That(bars, Has.Count.EqualTo(values.Length));
        var pixelsPerUnit = SvgDocument.Num(bars[3], "height") / 40;
        var baseline = SvgDocument.Num(bars[3], "y") + SvgDocument.Num(bars[3], "height");
        for (var i = 0; i < values.Length; i++)
        {
            Assert.That(SvgDocument.Num(bars[i], "height"), Is.EqualTo(values[i] * pixelsPerUnit).Within(0.02), $"bar {i}");
            Assert.That(SvgDocument.Num(bars[i], "y") + SvgDocument.Num(bars[i], "height"), Is.EqualTo(baseline).Within(0.02), "every bar stands on zero");
        }

        // The axis says the same: the tick "40" lies on the top of the bar of 40, and "0" on the baseline.
        var ticks = svg.WithClass("tick-y").Select(t => t.Value).ToList();
        Assert.That(svg.GridY(ticks.IndexOf("40")), Is.EqualTo(SvgDocument.Num(bars[3], "y")).Within(0.02));
        Assert.That(svg.GridY(ticks.IndexOf("0")), Is.EqualTo(baseline).Within(0.02));
    }

    [Test]
    public void Horizontal_bar_lengths_and_whiskers_follow_the_values()
    {
        var plot = new Plot { Title = "Windows" };
        plot.Axes.Left.SetCategories(["a", "b", "c"]);
        var bars = plot.Add.Bars([5.0, 20, 12]);
        bars.Orientation = Orientation.Horizontal;
        var whiskers = plot.Add.ErrorBars([new ErrorRange(0, 3, 8), new ErrorRange(1, 15, 30), new ErrorRange(2, 10, 14)]);
        whiskers.Orientation = Orientation.Horizontal;
        plot.Axes.Bottom.Min = 0;
        plot.Axes.Bottom.Max = 40;

        var svg = new SvgDocument(SvgRenderer.Render(plot));

        var rects = svg.WithClass("bar");
        var left = SvgDocument.Num(rects[0], "x");
        var perUnit = SvgDocument.Num(rects[1], "width") / 20;
        Assert.That(rects.Select(r => SvgDocument.Num(r, "width")), Is.EqualTo(new[] { 5 * perUnit, 20 * perUnit, 12 * perUnit }).Within(0.02));
        var stems = svg.WithClass("whisker");
        Assert.That(stems.Select(s => (SvgDocument.Num(s, "x1") - left) / perUnit), Is.EqualTo(new[] { 3.0, 15, 10 }).Within(0.01), "low ends");
        Assert.That(stems.Select(s => (SvgDocument.Num(s, "x2") - left) / perUnit), Is.EqualTo(new[] { 8.0, 30, 14 }).Within(0.01), "high ends");
    }

    [Test]
    public void Heatmap_cells_are_coloured_by_their_value_and_missing_cells_are_not()
    {
        var values = new double[,] { { 0, 5, 10 }, { 2.5, double.NaN, 7.5 } };
        var plot = new Plot { Title = "Cells" };
        var heatmap = plot.Add.Heatmap(values, ["r0", "r1"], ["c0", "c1", "c2"]);

        var svg = new SvgDocument(SvgRenderer.Render(plot));

        var cells = svg.WithClass("cell");
        Assert.That(cells, Has.Count.EqualTo(6));
        foreach (var cell in cells)
        {
            var r = int.Parse((string)cell.Attribute("data-row")!, CultureInfo.InvariantCulture);
            var c = int.Parse((string)cell.Attribute("data-col")!, CultureInfo.InvariantCulture);
            var fill = (string)cell.Attribute("fill")!;
            if (double.IsNaN(values[r, c]))
            {
                Assert.That(cell.Attribute("class")!.Value, Does.Contain("missing"));
                Assert.That(fill, Is.EqualTo(plot.Theme.Missing.ToHex()));
            }
            else
            {
                Assert.That(fill, Is.EqualTo(Colormap.Heat.At(values[r, c] / 10).ToHex()), $"cell {r},{c}");
            }
        }

        // Lowest value gets the first stop, highest the last; luminance falls as values rise.
        string FillOf(int r, int c) => (string)cells.Single(e => (string)e.Attribute("data-row")! == r.ToString(CultureInfo.InvariantCulture) && (string)e.Attribute("data-col")! == c.ToString(CultureInfo.InvariantCulture)).Attribute("fill")!;
        Assert.That(FillOf(0, 0), Is.EqualTo(Colormap.Heat.Stops[0].ToHex()));
        Assert.That(FillOf(0, 2), Is.EqualTo(Colormap.Heat.Stops[^1].ToHex()));
        var byValue = new[] { (0, 0), (1, 0), (0, 1), (1, 2), (0, 2) }.Select(p => Color.FromHex(FillOf(p.Item1, p.Item2)).Luminance).ToList();
        Assert.That(byValue, Is.Ordered.Descending);
    }

    [Test]
    public void A_shaded_range_covers_exactly_its_span_of_the_axis()
    {
        var plot = new Plot { Title = "Hours" };
        plot.Add.Bars(Enumerable.Range(0, 24).Select(h => new Bar(h + 0.5, h)));
        plot.Axes.Bottom.Min = 0;
        plot.Axes.Bottom.Max = 24;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, 13).Select(i => new Tick(i * 2, (i * 2).ToString("00", CultureInfo.InvariantCulture) + ":00")));
        var span = plot.Add.VerticalSpan(20, 22);
        span.Caption = "20:00-22:00";

        var svg = new SvgDocument(SvgRenderer.Render(plot));

        var band = svg.WithClass("span").Single();
        Assert.That(SvgDocument.Num(band, "x"), Is.EqualTo(svg.TickX("20:00")).Within(0.02));
        Assert.That(SvgDocument.Num(band, "x") + SvgDocument.Num(band, "width"), Is.EqualTo(svg.TickX("22:00")).Within(0.02));
        Assert.That(svg.WithClass("span-caption").Single().Value, Is.EqualTo("20:00-22:00"));
        Assert.That(svg.Root.Descendants().First(e => e.Attribute("class") is { } c && (c.Value == "span" || c.Value == "bar")).Attribute("class")!.Value,
            Is.EqualTo("span"), "shading is drawn first, behind the bars");
    }

    [Test]
    public void The_chart_has_a_title_and_description_for_screen_readers_and_Vietnamese_fonts()
    {
        var plot = new Plot { Title = "Doanh thu theo giờ", Description = "Biểu đồ cột doanh thu" };
        plot.Add.Bars([1.0, 2]);

        var svg = new SvgDocument(SvgRenderer.Render(plot, new SvgOptions { IdPrefix = "c7-" }));

        Assert.That(svg.Root.Attribute("role")!.Value, Is.EqualTo("img"));
        Assert.That(svg.Root.Attribute("aria-labelledby")!.Value, Is.EqualTo("c7-title c7-desc"));
        Assert.That(svg.Root.Element(SvgDocument.Ns + "title")!.Value, Is.EqualTo("Doanh thu theo giờ"));
        Assert.That(svg.Root.Element(SvgDocument.Ns + "desc")!.Value, Is.EqualTo("Biểu đồ cột doanh thu"));
        Assert.That(svg.Root.Attribute("font-family")!.Value, Does.StartWith("'Noto Sans', 'DejaVu Sans'").And.EndWith("sans-serif"));
    }

    [TestCase("vi-VN", Description = "decimal comma")]
    [TestCase("de-DE", Description = "decimal comma, dot grouping")]
    [TestCase("ar-SA", Description = "Arabic digits and signs")]
    [TestCase("fa-IR", Description = "Persian digits")]
    public void Output_is_the_same_bytes_whatever_the_machine_culture(string culture)
    {
        static string Draw()
        {
            var plot = new Plot { Title = "T" };
            plot.Add.Bars([1.25, -2.5, 3.125]);
            plot.Add.Line([0.0, 1, 2], [0.5, 1.5, -0.25]).MarkerRadius = 2;
            return SvgRenderer.Render(plot);
        }

        var invariant = Draw();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.That(Draw(), Is.EqualTo(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.That(invariant, Does.Not.Contain(",5\"").And.Not.Contain("-0\""), "coordinates are invariant and never -0");
    }
}
