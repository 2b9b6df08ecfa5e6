namespace LivePeak.Analytics.Render.Report;

/// <summary>The report's stylesheet: readable on screen, A4 in print, colours kept when printed.</summary>
internal static class ReportStyle
{
    public const string Css = """
:root { --ink: #222; --muted: #5f6368; --line: #e3e5e8; --accent: #1b7a43; --soft: #eef7f1; --warn: #8a5a00; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 920px; padding: 28px 32px 48px; color: var(--ink); background: #fff;
  font-family: 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif; font-size: 15px; line-height: 1.5; }
h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 6px; }
h2 { font-size: 21px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
p { margin: 6px 0; }
.kicker { color: var(--accent); font-weight: bold; letter-spacing: .08em; text-transform: uppercase; font-size: 12px; margin: 0; }
.meta, .muted, figcaption, .note { color: var(--muted); }
.answer { background: var(--soft); border: 1px solid #cfe8d8; border-radius: 10px; padding: 16px 20px; margin-top: 18px; }
.answer h2 { border: 0; margin: 0 0 8px; padding: 0; }
.answer-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.card { background: #fff; border-radius: 8px; padding: 12px 14px; border: 1px solid #d8ece0; }
.big { font-size: 24px; font-weight: bold; color: var(--accent); margin: 2px 0 4px; }
.card ol { margin: 4px 0 0; padding-left: 22px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: bold; white-space: nowrap; }
.ev-strong { background: #1b7a43; color: #fff; } .ev-moderate { background: #4caf72; color: #fff; }
.ev-weak { background: #a8d5b5; color: #123; } .ev-toolittle { background: #c8ccd0; color: #222; }
.caveat { font-size: 13px; color: var(--warn); margin-top: 10px; }
figure { margin: 18px 0 24px; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 13px; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 12px; break-inside: auto; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f6f7f8; font-weight: bold; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid var(--line); }
.name { overflow-wrap: anywhere; min-width: 8em; }
td.window, td.shop { white-space: nowrap; }
table.counts { width: auto; min-width: 50%; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.grid2 figure { margin: 6px 0; }
ul.method li { margin: 4px 0; }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
.page { break-before: page; page-break-before: always; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { margin-top: 18px; }
  .answer { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@media (max-width: 640px) { .answer-grid, .grid2 { grid-template-columns: 1fr; } body { padding: 16px; } }
""";
}
