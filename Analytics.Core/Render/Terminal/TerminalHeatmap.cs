using System.Text;
using LivePeak.Analytics.Render.Charts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>A heatmap as rows of cells: background colours, or shade characters ░▒▓█ without colour.</summary>
public static class TerminalHeatmap
{
    private const string Shades = " ░▒▓█";

    public static IRenderable Render(Heatmap heatmap, int width, bool color)
    {
        var labelWidth = Math.Min(width / 3, heatmap.RowLabels.Select(l => Cells(l)).DefaultIfEmpty(4).Max());
        var cell = Math.Clamp((width - labelWidth - 1) / Math.Max(1, heatmap.Columns), 1, 8);
        var lines = new List<string> { Header(heatmap, labelWidth, cell) };
        for (var r = 0; r < heatmap.Rows; r++)
        {
            var sb = new StringBuilder(Markup.Escape(Pad(Fit(heatmap.RowLabels[r], labelWidth), labelWidth))).Append(' ');
            for (var c = 0; c < heatmap.Columns; c++)
            {
                sb.Append(Cell(heatmap, r, c, cell, color));
            }

            lines.Add(sb.ToString());
        }

        var max = heatmap.ColorbarFormat(heatmap.ColorMax);
        var min = heatmap.ColorbarFormat(heatmap.ColorMin);
        var scale = color
            ? string.Concat(Enumerable.Range(0, 8).Select(i => $"[on {heatmap.Colormap.At(i / 7.0).ToHex()}] [/]"))
            : Markup.Escape(Shades[1..]);
        lines.Add($"{new string(' ', labelWidth + 1)}{Markup.Escape(min)} {scale} {Markup.Escape(max)}{(heatmap.ColorbarLabel is { } label ? " " + Markup.Escape(label) : string.Empty)}");
        return new Markup(string.Join('\n', lines));
    }

    /// <summary>The fill of a cell as a shade level 0-4 (0 for the lowest colour), or -1 for missing.</summary>
    public static int ShadeLevel(Heatmap heatmap, int row, int column)
    {
        var value = heatmap.Values[row, column];
        if (double.IsNaN(value))
        {
            return -1;
        }

        var span = heatmap.ColorMax - heatmap.ColorMin;
        var fraction = span > 0 ? Math.Clamp((value - heatmap.ColorMin) / span, 0, 1) : 0;
        return value > heatmap.ColorMin && fraction > 0 ? Math.Max(1, (int)Math.Ceiling(fraction * (Shades.Length - 1))) : 0;
    }

    private static string Cell(Heatmap heatmap, int r, int c, int width, bool color)
    {
        var text = heatmap.CellLabels[r, c];
        var fits = text is not null && Cells(text) <= width - 1;
        if (color)
        {
            var fill = heatmap.ColorOf(r, c);
            if (fill is not { } f)
            {
                return Markup.Escape(Pad("·", width));
            }

            var content = fits && width >= 4 ? Pad(text!, width - 1) + " " : new string(' ', width);
            return $"[{f.Ink.ToHex()} on {f.ToHex()}]{Markup.Escape(content)}[/]";
        }

        var level = ShadeLevel(heatmap, r, c);
        if (level < 0)
        {
            return Pad("·", width);
        }

        if (fits && width >= 5)
        {
            return Markup.Escape(Pad(text!, width - 1) + Shades[level]);
        }

        return new string(level == 0 ? '·' : Shades[level], Math.Max(1, width - (width > 2 ? 1 : 0))) + (width > 2 ? " " : string.Empty);
    }

    private static string Header(Heatmap heatmap, int labelWidth, int cell)
    {
        var sb = new StringBuilder(new string(' ', labelWidth + 1));
        var labels = heatmap.ColumnLabels.Select(l => l.Replace('\n', ' ')).ToList();
        var every = Math.Max(1, (int)Math.Ceiling((labels.Select(Cells).DefaultIfEmpty(1).Max() + 1) / (double)cell));
        for (var c = 0; c < labels.Count; c += every)
        {
            var room = cell * every;
            sb.Append(Pad(Fit(labels[c], room - 1), room));
        }

        return Markup.Escape(sb.ToString().TrimEnd());
    }

    internal static int Cells(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;

    internal static string Fit(string text, int cells)
    {
        var info = new System.Globalization.StringInfo(text);
        return info.LengthInTextElements <= cells ? text : cells <= 1 ? "…" : info.SubstringByTextElements(0, cells - 1) + "…";
    }

    internal static string Pad(string text, int cells) => text + new string(' ', Math.Max(0, cells - Cells(text)));
}
