namespace LivePeak.Analytics.Render.Charts;

/// <summary>Colours and type shared by every renderer, so SVG, HTML and terminal agree.</summary>
public sealed record ChartTheme
{
    public static ChartTheme Default { get; } = new();

    /// <summary>Fonts with Vietnamese glyphs first; generic sans-serif last.</summary>
    public string FontFamily { get; init; } = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif";

    public double FontSize { get; init; } = 12;

    public double TitleFontSize { get; init; } = 16;

    public Color Background { get; init; } = new(0xff, 0xff, 0xff);

    public Color Text { get; init; } = new(0x22, 0x22, 0x22);

    public Color MutedText { get; init; } = new(0x5f, 0x63, 0x68);

    public Color Grid { get; init; } = new(0xe3, 0xe5, 0xe8);

    public Color AxisLine { get; init; } = new(0x9a, 0xa0, 0xa6);

    /// <summary>Cells with no value at all (not zero: unknown).</summary>
    public Color Missing { get; init; } = new(0xf1, 0xf3, 0xf4);

    /// <summary>Series colours in order (Okabe-Ito, safe for colour-blind readers).</summary>
    public IReadOnlyList<Color> Palette { get; init; } =
    [
        Color.FromHex("#0072b2"), Color.FromHex("#e69f00"), Color.FromHex("#009e73"), Color.FromHex("#cc79a7"),
        Color.FromHex("#56b4e9"), Color.FromHex("#d55e00"), Color.FromHex("#f0e442"), Color.FromHex("#000000"),
    ];

    /// <summary>Shaded ranges (recommended windows): a soft green that prints light.</summary>
    public Color Highlight { get; init; } = Color.FromHex("#2e9e5b");
}
