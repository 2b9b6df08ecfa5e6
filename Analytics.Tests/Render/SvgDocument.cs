using System.Globalization;
using System.Xml.Linq;

namespace LivePeak.Tests.Render;

/// <summary>An SVG parsed as XML, with the marks a test reads back.</summary>
internal sealed class SvgDocument
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public SvgDocument(string svg)
    {
        Root = XDocument.Parse(svg).Root!;
    }

    public XElement Root { get; }

    public IReadOnlyList<XElement> WithClass(string name) =>
        Root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(name) == true).ToList();

    public static double Num(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The x (or y) pixel of an axis tick by its label: ticks are the chart's own ruler.</summary>
    public double TickX(string label) => Num(WithClass("tick-x").Single(t => t.Value == label), "x");

    public double GridY(int index) => Num(Root.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "grid").Elements().ElementAt(index), "y1");
}
