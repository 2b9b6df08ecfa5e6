using System.Text;

namespace LivePeak.Analytics.Render.Svg;

/// <summary>Writes indented SVG elements; every attribute value and text node is escaped here.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    public SvgWriter Open(string name, params (string Name, string? Value)[] attributes)
    {
        Indent();
        _sb.Append('<').Append(name);
        Attributes(attributes);
        _sb.Append(">\n");
        _open.Push(name);
        return this;
    }

    public SvgWriter Close()
    {
        var name = _open.Pop();
        Indent();
        _sb.Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>An element with no children.</summary>
    public SvgWriter Empty(string name, params (string Name, string? Value)[] attributes)
    {
        Indent();
        _sb.Append('<').Append(name);
        Attributes(attributes);
        _sb.Append("/>\n");
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public SvgWriter Text(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Indent();
        _sb.Append('<').Append(name);
        Attributes(attributes);
        _sb.Append('>').Append(SvgText.Escape(text)).Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>A text of several lines, one <c>&lt;tspan&gt;</c> each, the first at <paramref name="y"/>.</summary>
    public SvgWriter Lines(IReadOnlyList<string> lines, string x, string y, string lineHeight, params (string Name, string? Value)[] attributes)
    {
        if (lines.Count == 1)
        {
            return Text("text", lines[0], [("x", x), ("y", y), .. attributes]);
        }

        Indent();
        _sb.Append("<text");
        Attributes([("x", x), ("y", y), .. attributes]);
        _sb.Append('>');
        for (var i = 0; i < lines.Count; i++)
        {
            _sb.Append("<tspan x=\"").Append(SvgText.Escape(x)).Append('"');
            if (i > 0)
            {
                _sb.Append(" dy=\"").Append(SvgText.Escape(lineHeight)).Append('"');
            }

            _sb.Append('>').Append(SvgText.Escape(lines[i])).Append("</tspan>");
        }

        _sb.Append("</text>\n");
        return this;
    }

    /// <summary>An element with a tooltip (<c>&lt;title&gt;</c> child), which screen readers also read.</summary>
    public SvgWriter WithTitle(string name, string? title, params (string Name, string? Value)[] attributes)
    {
        if (string.IsNullOrEmpty(title))
        {
            return Empty(name, attributes);
        }

        Indent();
        _sb.Append('<').Append(name);
        Attributes(attributes);
        _sb.Append("><title>").Append(SvgText.Escape(title)).Append("</title></").Append(name).Append(">\n");
        return this;
    }

    public SvgWriter Raw(string text)
    {
        _sb.Append(text);
        return this;
    }

    public override string ToString() => _sb.ToString();

    private void Attributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _sb.Append(' ').Append(name).Append("=\"").Append(SvgText.Escape(value)).Append('"');
            }
        }
    }

    private void Indent() => _sb.Append(' ', _open.Count * 2);
}
