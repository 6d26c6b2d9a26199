namespace Spotlight.Writing.Html;

/// <summary>The style sheet every page carries inline.</summary>
public static class HtmlStyle
{
    // Marks are told apart by an outline as well as a colour, so that they survive print in black and white; in
    // print, each mention's values follow it in brackets, since a page has no hover.
    // A word longer than a phone's line (an address, a run of markup quoted in a report) breaks rather than widening
    // the page.
    public const string Sheet = """
        :root { color-scheme: light; --date: #fff3bf; --date-edge: #e0a800; --source: #d0ebff; --source-edge: #1971c2; --muted: #5c5f66; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1b1e; background: #fff; overflow-wrap: anywhere; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #dee2e6; }
        a { color: #1864ab; }
        .period, .authors, .stats, .meta, .where { color: var(--muted); }
        .where { font-size: .8rem; font-variant-numeric: tabular-nums; white-space: nowrap; margin-right: .5rem; }
        dl.input { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; font-size: .85rem; margin: .5rem 0; }
        dl.input dt { color: var(--muted); }
        dl.input dd { margin: 0; overflow-wrap: anywhere; }
        ol.items { padding-left: 1.75rem; }
        ol.items > li { margin: .6rem 0; }
        .marker { margin-right: .25rem; }
        .text { display: inline; }
        figure { margin: .75rem 0 .75rem 1.75rem; padding: .5rem .75rem; border-left: 4px solid #adb5bd; background: #f8f9fa; }
        figcaption { font-style: italic; }
        time.date { background: var(--date); box-shadow: inset 0 -2px 0 var(--date-edge); }
        cite.source { font-style: normal; background: var(--source); box-shadow: inset 0 -2px 0 var(--source-edge); }
        cite.source time.date { background: #fde68a; }
        .diagnostics li.error { color: #c92a2a; }
        .diagnostics .code { font-family: ui-monospace, monospace; }
        .empty { color: var(--muted); font-style: italic; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #dee2e6; vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .lanes { display: grid; gap: 1rem; }
        .lane h3 { margin: .5rem 0; font-size: 1.05rem; }
        .lane ol.events { list-style: none; padding: 0; margin: 0; }
        .lane ol.events > li { padding: .35rem 0; border-top: 1px solid #f1f3f5; }
        .lane .written, .lane .told, .lane .sources { color: var(--muted); font-size: .85rem; }
        .lane p.text { margin: .15rem 0; }
        .lane .kind { font-style: italic; }
        .lane ul.sources { list-style: none; padding: 0; margin: 0; }
        .lane ul.sources li { display: inline; }
        .lane ul.sources li + li::before { content: "; "; }
        .lane p.told { margin: 0; }
        .chart { margin: 0; }
        .chart svg { width: 100%; height: auto; }
        .chart svg text { font-size: 11px; fill: #495057; }
        .chart svg .axis-title { font-size: 12px; fill: #1a1b1e; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -.05rem; border: 1px solid rgba(0, 0, 0, .25); }
        @media (max-width: 40rem) { body { padding: .5rem; font-size: 15px; } ol.items { padding-left: 1.25rem; } figure { margin-left: 0; } }
        @media print {
          body { max-width: none; font-size: 11pt; }
          a { color: inherit; text-decoration: none; }
          time.date::after, cite.source::after { content: " [" attr(data-note) "]"; font-size: .75em; color: #495057; }
          section, figure, li { break-inside: avoid; }
          .lanes, .lane { break-inside: auto; }
          .swatch, .chart svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }

        """;
}
