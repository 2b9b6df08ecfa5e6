using LivePeak.Analytics.Render.Charts;

namespace LivePeak.Analytics.Render.Svg;

/// <summary>Draws one plot into an <see cref="SvgWriter"/>: frame, axes, marks, legend, notes.</summary>
internal sealed class SvgPlotWriter(Plot plot, SvgOptions options)
{
    private readonly SvgWriter _w = new();
    private readonly PlotLayout _l = new(plot);
    private readonly ChartTheme _theme = plot.Theme;

    private string Id(string name) => options.IdPrefix + name;

    private static string N(double v) => SvgText.Number(v);

    public string Write()
    {
        if (options.XmlDeclaration)
        {
            _w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        _w.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", options.Responsive ? "100%" : N(plot.Width)),
            ("height", options.Responsive ? null : N(plot.Height)),
            ("viewBox", $"0 0 {N(plot.Width)} {N(plot.Height)}"),
            ("role", "img"),
            ("aria-labelledby", $"{Id("title")} {Id("desc")}"),
            ("font-family", _theme.FontFamily),
            ("font-size", N(_theme.FontSize)),
            ("fill", _theme.Text.ToHex()));
        _w.Text("title", plot.Title, ("id", Id("title")));
        _w.Text("desc", plot.Description ?? plot.Title, ("id", Id("desc")));
        Defs();
        _w.Empty("rect", ("class", "background"), ("width", N(plot.Width)), ("height", N(plot.Height)), ("fill", _theme.Background.ToHex()));
        Titles();
        Legend();
        Grid();
        _w.Open("g", ("class", "marks"), ("clip-path", $"url(#{Id("clip")})"));
        foreach (var item in plot.Plottables)
        {
            Mark(item);
        }

        _w.Close();
        foreach (var span in plot.Plottables.OfType<Span>().Where(s => !string.IsNullOrEmpty(s.Caption)))
        {
            SpanCaption(span);
        }

        foreach (var text in plot.Plottables.OfType<TextAnnotation>())
        {
            Annotation(text);
        }

        Axes();
        Colorbar();
        Notes();
        _w.Close();
        return _w.ToString();
    }

    private void Defs()
    {
        _w.Open("defs");
        _w.Open("clipPath", ("id", Id("clip")));
        _w.Empty("rect", ("x", N(_l.PlotLeft)), ("y", N(_l.PlotTop)), ("width", N(_l.PlotRight - _l.PlotLeft)), ("height", N(_l.PlotBottom - _l.PlotTop)));
        _w.Close();
        if (_l.Heatmap is { ColorbarLabel: not null } heatmap)
        {
            _w.Open("linearGradient", ("id", Id("colorbar")), ("x1", "0"), ("y1", "1"), ("x2", "0"), ("y2", "0"));
            var stops = heatmap.Colormap.Stops;
            for (var i = 0; i < stops.Count; i++)
            {
                _w.Empty("stop", ("offset", N((double)i / (stops.Count - 1))), ("stop-color", stops[i].ToHex()));
            }

            _w.Close();
        }

        _w.Close();
    }

    private void Titles()
    {
        _w.Text("text", plot.Title, ("class", "chart-title"), ("x", N(PlotLayout.Padding)), ("y", N(_l.TitleY)),
            ("font-size", N(_theme.TitleFontSize)), ("font-weight", "bold"));
        if (!string.IsNullOrEmpty(plot.Subtitle))
        {
            _w.Text("text", plot.Subtitle, ("class", "chart-subtitle"), ("x", N(PlotLayout.Padding)), ("y", N(_l.SubtitleY)), ("fill", _theme.MutedText.ToHex()));
        }
    }

    private void Legend()
    {
        if (_l.LegendItems.Count == 0)
        {
            return;
        }

        var fs = _theme.FontSize;
        var x = _l.PlotLeft;
        var y = _l.LegendY;
        _w.Open("g", ("class", "legend"));
        foreach (var item in _l.LegendItems)
        {
            var top = y - fs + 2;
            switch (item)
            {
                case LineSeries line:
                    _w.Empty("line", ("x1", N(x)), ("y1", N(top + 5)), ("x2", N(x + 14)), ("y2", N(top + 5)), ("stroke", line.Color.ToHex()), ("stroke-width", N(line.LineWidth)));
                    break;
                case ErrorBars bars:
                    _w.Empty("path", ("d", $"M{N(x + 7)} {N(top)}V{N(top + 10)}M{N(x + 3)} {N(top)}H{N(x + 11)}M{N(x + 3)} {N(top + 10)}H{N(x + 11)}"),
                        ("stroke", bars.Color.ToHex()), ("fill", "none"), ("stroke-width", N(bars.LineWidth)));
                    break;
                default:
                    var (color, opacity) = Swatch(item);
                    _w.Empty("rect", ("x", N(x)), ("y", N(top)), ("width", "14"), ("height", "10"), ("fill", color.ToHex()),
                        ("fill-opacity", opacity < 1 ? N(Math.Min(1, opacity * 2.5)) : null));
                    break;
            }

            _w.Text("text", item.Label!, ("x", N(x + 20)), ("y", N(y)));
            x += 20 + TextWidth.Estimate(item.Label!, fs) + 18;
        }

        _w.Close();
    }

    private (Color Color, double Opacity) Swatch(Plottable item) => item switch
    {
        BarSeries bars => (bars.Color, 1),
        Span span => (span.Color, span.Opacity),
        Heatmap heatmap => (heatmap.Colormap.At(0.7), 1),
        TextAnnotation text => (text.Color ?? _theme.Text, 1),
        _ => (_theme.Text, 1),
    };

    private void Grid()
    {
        _w.Open("g", ("class", "grid"), ("stroke", _theme.Grid.ToHex()), ("stroke-width", "1"));
        if (plot.Axes.Left.Grid)
        {
            foreach (var tick in _l.LeftTicks)
            {
                var y = _l.Y[tick.Position];
                _w.Empty("line", ("x1", N(_l.PlotLeft)), ("y1", N(y)), ("x2", N(_l.PlotRight)), ("y2", N(y)));
            }
        }

        if (plot.Axes.Bottom.Grid && !plot.Axes.Bottom.IsCategorical)
        {
            foreach (var tick in _l.BottomTicks)
            {
                var x = _l.X[tick.Position];
                _w.Empty("line", ("x1", N(x)), ("y1", N(_l.PlotTop)), ("x2", N(x)), ("y2", N(_l.PlotBottom)));
            }
        }

        _w.Close();
    }

    private void Mark(Plottable item)
    {
        switch (item)
        {
            case Span span:
                SpanBand(span);
                break;
            case Heatmap heatmap:
                Cells(heatmap);
                break;
            case BarSeries bars:
                Bars(bars);
                break;
            case ErrorBars whiskers:
                Whiskers(whiskers);
                break;
            case LineSeries line:
                Line(line);
                break;
        }
    }

    private void SpanBand(Span span)
    {
        double x, y, width, height;
        if (span.Orientation == Orientation.Vertical)
        {
            var a = _l.X[span.Start];
            var b = _l.X[span.End];
            (x, width, y, height) = (Math.Min(a, b), Math.Abs(b - a), _l.PlotTop, _l.PlotBottom - _l.PlotTop);
        }
        else
        {
            var a = _l.Y[span.Start];
            var b = _l.Y[span.End];
            (x, width, y, height) = (_l.PlotLeft, _l.PlotRight - _l.PlotLeft, Math.Min(a, b), Math.Abs(b - a));
        }

        _w.WithTitle("rect", span.Caption ?? span.Label, ("class", "span"), ("x", N(x)), ("y", N(y)), ("width", N(width)), ("height", N(height)),
            ("fill", span.Color.ToHex()), ("fill-opacity", N(span.Opacity)));
    }

    private void SpanCaption(Span span)
    {
        var fs = _theme.FontSize;
        var (x, y, anchor) = span.Orientation == Orientation.Vertical
            ? ((_l.X[span.Start] + _l.X[span.End]) / 2, _l.PlotTop + fs + 2, "middle")
            : (_l.PlotRight - 4, Math.Min(_l.Y[span.Start], _l.Y[span.End]) + fs + 2, "end");
        _w.Text("text", span.Caption!, ("class", "span-caption"), ("x", N(x)), ("y", N(y)), ("text-anchor", anchor),
            ("font-weight", "bold"), ("fill", Color.Lerp(span.Color, new Color(0, 0, 0), 0.35).ToHex()));
    }

    private void Cells(Heatmap heatmap)
    {
        var labelSize = Math.Max(8, _theme.FontSize - 2);
        _w.Open("g", ("class", "heatmap"), ("stroke", _theme.Background.ToHex()), ("stroke-width", "1"));
        for (var r = 0; r < heatmap.Rows; r++)
        {
            for (var c = 0; c < heatmap.Columns; c++)
            {
                var x0 = _l.X[c - 0.5];
                var x1 = _l.X[c + 0.5];
                var y0 = _l.Y[r - 0.5];
                var y1 = _l.Y[r + 0.5];
                var fill = heatmap.ColorOf(r, c);
                _w.WithTitle("rect", heatmap.CellDescriptions[r, c], ("class", fill is null ? "cell missing" : "cell"),
                    ("data-row", N(r)), ("data-col", N(c)),
                    ("x", N(Math.Min(x0, x1))), ("y", N(Math.Min(y0, y1))), ("width", N(Math.Abs(x1 - x0))), ("height", N(Math.Abs(y1 - y0))),
                    ("fill", (fill ?? _theme.Missing).ToHex()));
            }
        }

        _w.Close();
        // Labels in every cell or in none: a table with holes reads as if the holes were zero.
        var cellWidth = _l.X.Length(-0.5, 0.5);
        var cellHeight = _l.Y.Length(-0.5, 0.5);
        var labels = Enumerable.Range(0, heatmap.Rows).SelectMany(r => Enumerable.Range(0, heatmap.Columns).Select(c => heatmap.CellLabels[r, c]))
            .Where(t => !string.IsNullOrEmpty(t)).ToList();
        if (labels.Count == 0 || cellHeight < labelSize + 2 || labels.Any(t => TextWidth.Estimate(t!, labelSize) > cellWidth - 4))
        {
            return;
        }

        _w.Open("g", ("class", "cell-labels"), ("font-size", N(labelSize)), ("text-anchor", "middle"));
        for (var r = 0; r < heatmap.Rows; r++)
        {
            for (var c = 0; c < heatmap.Columns; c++)
            {
                var text = heatmap.CellLabels[r, c];
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                var ink = (heatmap.ColorOf(r, c) ?? _theme.Missing).Ink;
                _w.Text("text", text, ("x", N(_l.X[c])), ("y", N(_l.Y[r] + labelSize * 0.35)), ("fill", ink.ToHex()));
            }
        }

        _w.Close();
    }

    private void Bars(BarSeries series)
    {
        var y = _l.YFor(series);
        var labelSize = Math.Max(8, _theme.FontSize - 2);
        _w.Open("g", ("class", "bars"), ("fill", series.Color.ToHex()));
        foreach (var bar in series.Bars)
        {
            double x0, x1, y0, y1;
            if (series.Orientation == Orientation.Vertical)
            {
                (x0, x1) = (_l.X[bar.Position - series.Width / 2], _l.X[bar.Position + series.Width / 2]);
                (y0, y1) = (y[0], y[bar.Value]);
            }
            else
            {
                (x0, x1) = (_l.X[0], _l.X[bar.Value]);
                (y0, y1) = (y[bar.Position - series.Width / 2], y[bar.Position + series.Width / 2]);
            }

            var description = bar.Description ?? string.Join(": ", new[] { bar.Category, bar.ValueLabel }.Where(s => !string.IsNullOrEmpty(s)));
            _w.WithTitle("rect", description, ("class", "bar"),
                ("x", N(Math.Min(x0, x1))), ("y", N(Math.Min(y0, y1))), ("width", N(Math.Abs(x1 - x0))), ("height", N(Math.Abs(y1 - y0))),
                ("fill", bar.Color?.ToHex()));
        }

        _w.Close();
        var labelled = series.Bars.Where(b => !string.IsNullOrEmpty(b.ValueLabel)).ToList();
        if (labelled.Count == 0)
        {
            return;
        }

        _w.Open("g", ("class", "value-labels"), ("font-size", N(labelSize)), ("fill", _theme.MutedText.ToHex()));
        foreach (var bar in labelled)
        {
            if (series.Orientation == Orientation.Vertical)
            {
                _w.Text("text", bar.ValueLabel!, ("x", N(_l.X[bar.Position])), ("y", N(y[bar.Value] - 4)), ("text-anchor", "middle"));
            }
            else
            {
                _w.Text("text", bar.ValueLabel!, ("x", N(_l.X[bar.Value] + 4)), ("y", N(y[bar.Position] + labelSize * 0.35)));
            }
        }

        _w.Close();
    }

    private void Whiskers(ErrorBars bars)
    {
        var y = _l.YFor(bars);
        _w.Open("g", ("class", "whiskers"), ("stroke", bars.Color.ToHex()), ("stroke-width", N(bars.LineWidth)));
        foreach (var r in bars.Ranges)
        {
            var half = bars.CapWidth / 2;
            if (bars.Orientation == Orientation.Vertical)
            {
                var x = _l.X[r.Position];
                var (lowY, highY) = (y[r.Low], y[r.High]);
                var (capA, capB) = (_l.X[r.Position - half], _l.X[r.Position + half]);
                _w.WithTitle("line", r.Description, ("class", "whisker"), ("x1", N(x)), ("y1", N(lowY)), ("x2", N(x)), ("y2", N(highY)));
                _w.Empty("line", ("class", "whisker-cap"), ("x1", N(capA)), ("y1", N(lowY)), ("x2", N(capB)), ("y2", N(lowY)));
                _w.Empty("line", ("class", "whisker-cap"), ("x1", N(capA)), ("y1", N(highY)), ("x2", N(capB)), ("y2", N(highY)));
            }
            else
            {
                var yy = y[r.Position];
                var (lowX, highX) = (_l.X[r.Low], _l.X[r.High]);
                var (capA, capB) = (y[r.Position - half], y[r.Position + half]);
                _w.WithTitle("line", r.Description, ("class", "whisker"), ("x1", N(lowX)), ("y1", N(yy)), ("x2", N(highX)), ("y2", N(yy)));
                _w.Empty("line", ("class", "whisker-cap"), ("x1", N(lowX)), ("y1", N(capA)), ("x2", N(lowX)), ("y2", N(capB)));
                _w.Empty("line", ("class", "whisker-cap"), ("x1", N(highX)), ("y1", N(capA)), ("x2", N(highX)), ("y2", N(capB)));
            }
        }

        _w.Close();
    }

    private void Line(LineSeries line)
    {
        var y = _l.YFor(line);
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
            {
                _w.Empty("polyline", ("class", "line"), ("points", string.Join(' ', run)), ("fill", "none"), ("stroke", line.Color.ToHex()),
                    ("stroke-width", N(line.LineWidth)), ("stroke-linejoin", "round"), ("stroke-linecap", "round"));
            }

            run.Clear();
        }

        for (var i = 0; i < line.Xs.Length; i++)
        {
            if (double.IsNaN(line.Xs[i]) || double.IsNaN(line.Ys[i]))
            {
                Flush();
                continue;
            }

            run.Add($"{N(_l.X[line.Xs[i]])},{N(y[line.Ys[i]])}");
        }

        Flush();
        if (line.MarkerRadius > 0)
        {
            _w.Open("g", ("class", "points"), ("fill", line.Color.ToHex()));
            for (var i = 0; i < line.Xs.Length; i++)
            {
                if (!double.IsNaN(line.Xs[i]) && !double.IsNaN(line.Ys[i]))
                {
                    _w.Empty("circle", ("cx", N(_l.X[line.Xs[i]])), ("cy", N(y[line.Ys[i]])), ("r", N(line.MarkerRadius)));
                }
            }

            _w.Close();
        }
    }

    private void Annotation(TextAnnotation text)
    {
        var y = _l.YFor(text);
        _w.Text("text", text.Text, ("class", "annotation"), ("x", N(_l.X[text.X] + text.OffsetX)), ("y", N(y[text.Y] + text.OffsetY + _theme.FontSize * 0.35)),
            ("text-anchor", text.Anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => null }),
            ("font-weight", text.Bold ? "bold" : null), ("fill", text.Color?.ToHex()));
    }

    private void Axes()
    {
        var fs = _theme.FontSize;
        var bottom = plot.Axes.Bottom;
        var left = plot.Axes.Left;
        _w.Open("g", ("class", "axes"), ("fill", _theme.MutedText.ToHex()));
        if (!(bottom.IsCategorical && left.IsCategorical))
        {
            _w.Empty("line", ("class", "axis-line"), ("x1", N(_l.PlotLeft)), ("y1", N(_l.PlotBottom)), ("x2", N(_l.PlotRight)), ("y2", N(_l.PlotBottom)),
                ("stroke", _theme.AxisLine.ToHex()));
        }

        // Thin crowded labels: every k-th one, k chosen so estimated widths never touch.
        var ticks = _l.BottomTicks;
        var spacing = ticks.Count > 1 ? Math.Abs(_l.X[ticks[1].Position] - _l.X[ticks[0].Position]) : _l.PlotRight - _l.PlotLeft;
        var widest = ticks.SelectMany(t => t.Label.Split('\n')).Select(l => TextWidth.Estimate(l, fs)).DefaultIfEmpty(0).Max();
        var every = spacing > 0 ? Math.Max(1, (int)Math.Ceiling((widest + 8) / spacing)) : 1;
        var room = bottom.IsCategorical ? spacing * every - 4 : double.MaxValue;
        for (var i = 0; i < ticks.Count; i += every)
        {
            var lines = ticks[i].Label.Split('\n').Select(l => TextWidth.Fit(l, room, fs)).ToList();
            _w.Lines(lines, N(_l.X[ticks[i].Position]), N(_l.BottomTickY), N(fs + 2), ("class", "tick-x"), ("text-anchor", "middle"));
        }

        foreach (var tick in _l.LeftTicks)
        {
            _w.Text("text", TextWidth.Fit(tick.Label, _l.LeftTickWidth, fs), ("class", "tick-y"), ("x", N(_l.PlotLeft - 8)), ("y", N(_l.Y[tick.Position] + fs * 0.35)), ("text-anchor", "end"));
        }

        foreach (var tick in _l.RightTicks)
        {
            _w.Text("text", tick.Label, ("class", "tick-y2"), ("x", N(_l.PlotRight + 8)), ("y", N(_l.Y2[tick.Position] + fs * 0.35)));
        }

        if (!string.IsNullOrEmpty(bottom.Label))
        {
            _w.Text("text", bottom.Label, ("class", "axis-label"), ("x", N((_l.PlotLeft + _l.PlotRight) / 2)), ("y", N(_l.BottomLabelY)), ("text-anchor", "middle"), ("fill", _theme.Text.ToHex()));
        }

        if (!string.IsNullOrEmpty(left.Label))
        {
            var x = PlotLayout.Padding + fs;
            var y = (_l.PlotTop + _l.PlotBottom) / 2;
            _w.Text("text", left.Label, ("class", "axis-label"), ("x", N(x)), ("y", N(y)), ("text-anchor", "middle"),
                ("transform", $"rotate(-90 {N(x)} {N(y)})"), ("fill", _theme.Text.ToHex()));
        }

        if (plot.UsesRightAxis && !string.IsNullOrEmpty(plot.Axes.Right.Label))
        {
            var x = plot.Width - PlotLayout.Padding - 2;
            var y = (_l.PlotTop + _l.PlotBottom) / 2;
            _w.Text("text", plot.Axes.Right.Label, ("class", "axis-label"), ("x", N(x)), ("y", N(y)), ("text-anchor", "middle"),
                ("transform", $"rotate(90 {N(x)} {N(y)})"), ("fill", _theme.Text.ToHex()));
        }

        _w.Close();
    }

    private void Colorbar()
    {
        if (_l.Heatmap is not { ColorbarLabel: { } label } heatmap)
        {
            return;
        }

        var fs = _theme.FontSize;
        var x = _l.PlotRight + 12;
        var scale = new ScaleMap(heatmap.ColorMin, heatmap.ColorMax, _l.PlotBottom, _l.PlotTop);
        _w.Open("g", ("class", "colorbar"));
        _w.Empty("rect", ("x", N(x)), ("y", N(_l.PlotTop)), ("width", N(PlotLayout.ColorbarWidth)), ("height", N(_l.PlotBottom - _l.PlotTop)),
            ("fill", $"url(#{Id("colorbar")})"), ("stroke", _theme.AxisLine.ToHex()), ("stroke-width", "0.5"));
        foreach (var value in _l.ColorbarTicks)
        {
            _w.Text("text", heatmap.ColorbarFormat(value), ("x", N(x + PlotLayout.ColorbarWidth + 6)), ("y", N(scale[value] + fs * 0.35)), ("fill", _theme.MutedText.ToHex()));
        }

        var lx = plot.Width - PlotLayout.Padding - 2;
        var ly = (_l.PlotTop + _l.PlotBottom) / 2;
        _w.Text("text", label, ("class", "axis-label"), ("x", N(lx)), ("y", N(ly)), ("text-anchor", "middle"), ("transform", $"rotate(90 {N(lx)} {N(ly)})"));
        _w.Close();
    }

    private void Notes()
    {
        if (_l.NoteLines.Count == 0)
        {
            return;
        }

        _w.Open("g", ("class", "notes"), ("font-size", N(_theme.FontSize - 1)), ("fill", _theme.MutedText.ToHex()));
        var y = _l.NotesTop;
        foreach (var line in _l.NoteLines)
        {
            _w.Text("text", line, ("class", "note"), ("x", N(PlotLayout.Padding)), ("y", N(y)));
            y += _theme.FontSize + 3;
        }

        _w.Close();
    }
}
