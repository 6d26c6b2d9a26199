using System.Globalization;
using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>
/// One report as an <c>&lt;article&gt;</c>: its header, its findings linked to their items, a table of contents, each
/// section with its items and figures in the order they stand in the input, the mentions marked in the text, and what
/// was set apart (footnotes, page furniture) in parts of their own.
/// </summary>
public static class ReportArticle
{
    /// <param name="prefix">Put before every id of the article: empty for a page of one report, "r2-" for the second of many.</param>
    /// <param name="spill">Called between nodes, so that the caller may write out what the page holds so far.</param>
    public static void Append(StringBuilder page, ReportTree tree, string prefix, Action? spill = null)
    {
        var anchors = new Anchors(prefix);
        var report = tree.Report;
        var sectionAnchors = report.Sections.Select(section => anchors.For("sec-" + section.Id)).ToList();
        var nodeAnchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in report.Sections.SelectMany(section => section.Nodes))
            nodeAnchors.TryAdd(node.Id, anchors.For(node.Id));

        page.Append("<article class=\"report\" id=\"").Append(anchors.For("report")).Append("\">\n");
        AppendHeader(page, tree);
        AppendDiagnostics(page, tree, anchors.For("diagnostics"), nodeAnchors);
        AppendContents(page, report, sectionAnchors, anchors.For("contents"));
        for (int i = 0; i < report.Sections.Length; i++)
            AppendSection(page, report.Sections[i], sectionAnchors[i], nodeAnchors, spill);
        if (report.Footnotes is { Length: > 0 } footnotes)
            AppendFootnotes(page, footnotes, anchors.For("footnotes"));
        if (report.Furniture is { Length: > 0 } furniture)
            AppendFurniture(page, furniture, anchors.For("furniture"));
        page.Append("</article>\n");
    }

    /// <summary>What a page of the report is called: its series and period, or its file when it has neither.</summary>
    public static string Title(ReportTree tree) =>
        (tree.Report.Series, tree.Report.Period) switch
        {
            ({ } series, { } period) => $"{series}, {period.Text}",
            ({ } series, null) => series,
            (null, { } period) => $"{tree.Input.Path}, {period.Text}",
            _ => tree.Input.Path,
        };

    private static void AppendHeader(StringBuilder page, ReportTree tree)
    {
        var report = tree.Report;
        page.Append("<header>\n<h1>");
        HtmlText.Append(page, report.Series ?? "Report without a title");
        page.Append("</h1>\n");
        if (report.Period is { } period)
        {
            page.Append("<p class=\"period\">");
            HtmlText.Append(page, period.Text);
            page.Append(" (");
            HtmlPage.AppendDays(page, period.Start, period.End);
            page.Append(")</p>\n");
        }
        else
            page.Append("<p class=\"period empty\">No period found.</p>\n");
        if (report.Authors.Length > 0)
        {
            page.Append("<p class=\"authors\">");
            for (int i = 0; i < report.Authors.Length; i++)
            {
                var author = report.Authors[i];
                if (i > 0)
                    page.Append("; ");
                HtmlText.Append(page, author.Honorific is { } honorific ? $"{honorific} {author.Name}" : author.Name);
                page.Append(" (").Append(TreeNames.Of(author.Role)).Append(')');
            }
            page.Append("</p>\n");
        }
        var input = tree.Input;
        page.Append("<dl class=\"input\"><dt>File</dt><dd>");
        HtmlText.Append(page, input.Path);
        page.Append("</dd><dt>Format</dt><dd>");
        HtmlText.Append(page, input.Format);
        page.Append("</dd><dt>Lines</dt><dd>").Append(Number(input.Lines)).Append("</dd><dt>Bytes</dt><dd>").Append(Number(input.Bytes))
            .Append("</dd><dt>SHA-256</dt><dd>");
        HtmlText.Append(page, input.Sha256);
        page.Append("</dd></dl>\n");
        var stats = tree.Stats;
        page.Append("<p class=\"stats\">")
            .Append(Count(stats.Sections, "section")).Append(", ").Append(Count(stats.Items, "item")).Append(", ")
            .Append(Count(stats.Figures, "figure")).Append(", ").Append(Count(stats.Dates, "date")).Append(", ")
            .Append(Count(stats.Sources, "source")).Append("</p>\n</header>\n");
    }

    private static void AppendDiagnostics(StringBuilder page, ReportTree tree, string id, Dictionary<string, string> nodeAnchors)
    {
        if (tree.Diagnostics.Length == 0)
            return;
        page.Append("<section class=\"diagnostics\" id=\"").Append(id).Append("\">\n<h2>Diagnostics (")
            .Append(Number(tree.Diagnostics.Length)).Append(")</h2>\n<ul>\n");
        foreach (var finding in tree.Diagnostics)
        {
            string severity = TreeNames.Of(finding.Severity);
            page.Append("<li class=\"").Append(severity).Append("\"><span class=\"code\">");
            HtmlText.Append(page, finding.Code);
            page.Append("</span> ").Append(severity).Append(": ");
            HtmlText.Append(page, finding.Message);
            if (Where(finding) is { } where)
                page.Append(" <span class=\"where\">").Append(where).Append("</span>");
            if (finding.ItemId is { } item)
            {
                page.Append(' ');
                if (nodeAnchors.TryGetValue(item, out string? anchor))
                {
                    page.Append("<a href=\"#").Append(anchor).Append("\">");
                    HtmlText.Append(page, item);
                    page.Append("</a>");
                }
                else
                    HtmlText.Append(page, item);
            }
            page.Append("</li>\n");
        }
        page.Append("</ul>\n</section>\n");
    }

    private static string? Where(Diagnostic finding)
    {
        if (finding.Line is not { } line)
            return null;
        string where = finding.Column is { } column ? $"line {line}, column {column}" : $"line {line}";
        return finding.Origin is { } origin ? $"{where} ({origin} of the input file)" : where;
    }

    private static void AppendContents(StringBuilder page, Report report, List<string> sectionAnchors, string id)
    {
        page.Append("<nav class=\"toc\" id=\"").Append(id).Append("\" aria-label=\"Contents\">\n<h2>Contents</h2>\n");
        if (report.Sections.Length == 0)
        {
            page.Append("<p class=\"empty\">No section found.</p>\n</nav>\n");
            return;
        }
        page.Append("<ol>\n");
        for (int i = 0; i < report.Sections.Length; i++)
        {
            var section = report.Sections[i];
            page.Append("<li><a href=\"#").Append(sectionAnchors[i]).Append("\">");
            HtmlText.Append(page, Heading(section));
            page.Append("</a> <span class=\"meta\">").Append(Count(section.Items.Length, "item")).Append(", ")
                .Append(Count(section.Figures.Length, "figure")).Append("</span></li>\n");
        }
        page.Append("</ol>\n</nav>\n");
    }

    private static string Heading(Section section) => section.Heading ?? (section.Kind == SectionKind.Summary ? "Summary" : section.Id);

    private static void AppendSection(StringBuilder page, Section section, string id, Dictionary<string, string> nodeAnchors, Action? spill)
    {
        page.Append("<section class=\"section ").Append(TreeNames.Of(section.Kind)).Append("\" id=\"").Append(id).Append("\">\n<h2>");
        HtmlText.Append(page, Heading(section));
        page.Append("</h2>\n<p class=\"meta\">");
        if (section.Region is { } region)
        {
            page.Append("Region: ");
            HtmlText.Append(page, region);
            page.Append(" · ");
        }
        page.Append(HtmlPage.Lines(section.Lines.First, section.Lines.Last)).Append("</p>\n");

        // Items and figures in the order they stand in the input: a figure between two items closes the list, which
        // goes on after it from the next number.
        var nodes = section.Nodes.OrderBy(node => node.Lines.First).ThenBy(node => node is Figure ? 1 : 0).ToList();
        bool listOpen = false;
        int number = 0;
        foreach (var node in nodes)
        {
            spill?.Invoke();
            string anchor = nodeAnchors[node.Id];
            if (node is Item item)
            {
                if (!listOpen)
                {
                    page.Append("<ol class=\"items\"");
                    if (number > 0)
                        page.Append(" start=\"").Append(Number(number + 1)).Append('"');
                    page.Append(">\n");
                    listOpen = true;
                }
                number++;
                page.Append("<li class=\"item\" id=\"").Append(anchor).Append("\">");
                AppendWhere(page, item.Lines, item.Pages);
                if (item.Marker is { } marker)
                {
                    page.Append("<span class=\"marker\">");
                    HtmlText.Append(page, marker);
                    page.Append("</span>");
                }
                page.Append("<p class=\"text\">");
                MentionMarkup.Append(page, item.Text, item.Dates, item.Sources, anchor);
                page.Append("</p></li>\n");
                continue;
            }
            if (listOpen)
            {
                page.Append("</ol>\n");
                listOpen = false;
            }
            var figure = (Figure)node;
            page.Append("<figure class=\"figure\" id=\"").Append(anchor).Append("\"><figcaption>");
            AppendWhere(page, figure.Lines, figure.Pages);
            MentionMarkup.Append(page, figure.Caption, figure.Dates, figure.Sources, anchor);
            page.Append("</figcaption></figure>\n");
        }
        if (listOpen)
            page.Append("</ol>\n");
        if (nodes.Count == 0)
            page.Append("<p class=\"empty\">No item.</p>\n");
        page.Append("</section>\n");
    }

    private static void AppendWhere(StringBuilder page, LineRange lines, System.Collections.Immutable.ImmutableArray<int>? pages)
    {
        page.Append("<span class=\"where\">").Append(HtmlPage.Lines(lines.First, lines.Last));
        if (HtmlPage.Pages(pages is { } list ? list : null) is { } onPages)
            page.Append(", ").Append(onPages);
        page.Append("</span>");
    }

    private static void AppendFootnotes(StringBuilder page, System.Collections.Immutable.ImmutableArray<Footnote> footnotes, string id)
    {
        page.Append("<section class=\"footnotes\" id=\"").Append(id).Append("\">\n<h2>Footnotes</h2>\n<ul>\n");
        foreach (var footnote in footnotes)
        {
            page.Append("<li>");
            AppendWhere(page, footnote.Lines, null);
            page.Append("<span class=\"mark\">");
            HtmlText.Append(page, footnote.Mark);
            page.Append("</span> ");
            HtmlText.Append(page, footnote.Text);
            page.Append("</li>\n");
        }
        page.Append("</ul>\n</section>\n");
    }

    private static void AppendFurniture(StringBuilder page, System.Collections.Immutable.ImmutableArray<Furniture> furniture, string id)
    {
        page.Append("<section class=\"furniture\" id=\"").Append(id)
            .Append("\">\n<h2>Set aside</h2>\n<p class=\"meta\">Lines of the page or the site, not of the report.</p>\n<table>\n<thead><tr><th>Lines</th><th>Kind</th><th>Text</th></tr></thead>\n<tbody>\n");
        foreach (var line in furniture)
        {
            page.Append("<tr><td class=\"where\">").Append(HtmlPage.Lines(line.Lines.First, line.Lines.Last)).Append("</td><td>")
                .Append(TreeNames.Of(line.Kind)).Append("</td><td>");
            HtmlText.Append(page, line.Text);
            page.Append("</td></tr>\n");
        }
        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? "" : "s")}";
}
