using System.Globalization;
using System.Text;

namespace Spotlight.Writing.Html;

/// <summary>
/// The page that lists the report pages of a folder (<c>index.html</c> under <c>--output-dir</c>): each report with
/// its period and counts, linked to its page, in the order the inputs were given; inputs that failed are listed with why.
/// </summary>
public static class HtmlIndex
{
    public const string FileName = "index.html";

    public static void Write(Stream output, IReadOnlyList<PageListing> pages)
    {
        var page = new StringBuilder();
        HtmlPage.AppendHead(page, "Reports");
        page.Append("<main>\n<h1>Reports</h1>\n<p class=\"stats\">")
            .Append(Number(pages.Count(listing => listing.Problem is null))).Append(" of ").Append(Number(pages.Count))
            .Append(pages.Count == 1 ? " input" : " inputs").Append(" with a page</p>\n");
        if (pages.Count > 0)
        {
            page.Append("<table>\n<thead><tr><th>Report</th><th>Period</th><th>Input</th><th>Items</th><th>Figures</th><th>Dates</th><th>Sources</th><th>Findings</th></tr></thead>\n<tbody>\n");
            foreach (var listing in pages)
                AppendRow(page, listing);
            page.Append("</tbody>\n</table>\n");
        }
        page.Append("</main>\n");
        HtmlPage.AppendFoot(page);
        using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        foreach (var chunk in page.GetChunks())
            text.Write(chunk.Span);
    }

    private static void AppendRow(StringBuilder page, PageListing listing)
    {
        page.Append("<tr><td>");
        if (listing.Problem is null)
        {
            page.Append("<a href=\"");
            HtmlText.AppendAttribute(page, Href(listing.Page));
            page.Append("\">");
            HtmlText.Append(page, listing.Series ?? listing.Page);
            page.Append("</a>");
        }
        else
            HtmlText.Append(page, listing.Series ?? listing.Input);
        page.Append("</td><td>");
        if (listing.Period is { } period)
            HtmlText.Append(page, period.Text);
        page.Append("</td><td>");
        HtmlText.Append(page, listing.Input);
        if (listing.Problem is { } problem)
        {
            page.Append("</td><td colspan=\"5\" class=\"empty\">");
            HtmlText.Append(page, problem);
        }
        else if (listing.Stats is { } stats)
            page.Append("</td><td class=\"number\">").Append(Number(stats.Items)).Append("</td><td class=\"number\">").Append(Number(stats.Figures))
                .Append("</td><td class=\"number\">").Append(Number(stats.Dates)).Append("</td><td class=\"number\">").Append(Number(stats.Sources))
                .Append("</td><td class=\"number\">").Append(Number(listing.Diagnostics));
        else
            page.Append("</td><td colspan=\"5\" class=\"empty\">kept from an earlier run");
        page.Append("</td></tr>\n");
    }

    /// <summary>A relative URL of the page: each folder and the name percent-encoded, so that "#", "?" and spaces stay part of the name.</summary>
    public static string Href(string page) => string.Join('/', page.Split('/').Select(Uri.EscapeDataString));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
