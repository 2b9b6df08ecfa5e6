using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Render.Report;

/// <summary>
/// The evidence report: one self-contained HTML file (inline SVG and CSS, no script, no network)
/// that puts the answer first (when to go LIVE, what to sell), then the charts, the evidence
/// behind each claim, what data it rests on, the method in plain words, and, for several shops,
/// a comparison page. It prints on A4. The same inputs give the same bytes.
/// </summary>
public static class HtmlReport
{
    public static string Write(ImportSummary summary, EvidenceBuilder evidence, Words words, ReportOptions? options = null, IWindowRanker? ranker = null) =>
        new HtmlReportWriter(summary, evidence, words, options ?? new ReportOptions(), ranker ?? new MeanBootstrapRanker()).Write();
}
