using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.ShopCharts;
using LivePeak.Analytics.Render.Svg;
using LivePeak.Tests.Generate;

namespace LivePeak.Tests.Render;

/// <summary>
/// One committed SVG per kind of chart, drawn from the two-shop POS fixture and its LIVE trend.
/// A change that moves a pixel or a word shows up here as a diff to review. After a deliberate
/// change, look at the new files and rewrite them with
/// <c>dotnet test Analytics.Tests --filter Name=Regenerate_the_golden_charts</c>.
/// </summary>
public sealed class GoldenChartTests
{
    private static readonly (ChartKind Kind, Language Language, SlotMetric Metric)[] Goldens =
    [
        (ChartKind.Heatmap, Language.English, SlotMetric.Orders),
        (ChartKind.Hours, Language.Vietnamese, SlotMetric.Gmv),
        (ChartKind.Windows, Language.English, SlotMetric.Gmv),
        (ChartKind.Products, Language.Vietnamese, SlotMetric.Gmv),
        (ChartKind.Sessions, Language.English, SlotMetric.Gmv),
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        Goldens.Select(g => new TestCaseData(g.Kind, g.Language, g.Metric).SetArgDisplayNames(FileName(g.Kind, g.Language)));

    private static string FileName(ChartKind kind, Language language) => $"{kind.ToString().ToLowerInvariant()}.{language.Code()}.svg";

    private static string Draw(ChartKind kind, Language language, SlotMetric metric)
    {
        var charts = new ShopChartSet(ChartInputs.Pos(withTrend: true).All, Words.For(language), new ShopChartOptions { ShopLabel = "Shop A + Shop B" });
        return SvgRenderer.Render(charts.Build(kind, metric)!);
    }

    [TestCaseSource(nameof(Cases))]
    public void Chart_matches_its_golden_file(ChartKind kind, Language language, SlotMetric metric)
    {
        var golden = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Golden", FileName(kind, language));

        Assert.That(File.Exists(golden), Is.True, $"{golden} is missing: run the Regenerate_the_golden_charts test");
        Assert.That(Draw(kind, language, metric), Is.EqualTo(File.ReadAllText(golden)), $"{FileName(kind, language)} differs from its golden file");
    }

    [Test]
    [Explicit("Rewrites Analytics.Tests/Fixtures/Golden in the working tree; look at the charts first.")]
    public void Regenerate_the_golden_charts()
    {
        var folder = Path.Combine(Path.GetDirectoryName(DataSamples.RepositoryFolder())!, "Analytics.Tests", "Fixtures", "Golden");
        Directory.CreateDirectory(folder);
        foreach (var (kind, language, metric) in Goldens)
        {
            var path = Path.Combine(folder, FileName(kind, language));
            File.WriteAllText(path, Draw(kind, language, metric), new System.Text.UTF8Encoding(false));
            TestContext.Out.WriteLine(path);
        }
    }
}
