using System.Text;
using Spotlight.Timeline;
using Spotlight.Writing.Html;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// One event of a timeline page as a list item: its date (marked with its value and granularity as the report page
/// marks a date), the date as written, the text, the sources it cites and the reports that tell it.
/// </summary>
public static class TimelineEventMarkup
{
    public static void Append(StringBuilder page, TimelineEvent e)
    {
        page.Append("<li class=\"event ");
        HtmlText.AppendAttribute(page, e.Kind);
        page.Append("\" data-section=\"");
        HtmlText.AppendAttribute(page, e.Section);
        page.Append("\">");
        AppendDate(page, e);
        if (e.DateText.Length > 0 && e.DateText != e.Date)
        {
            page.Append(" <span class=\"written\">“");
            HtmlText.Append(page, e.DateText);
            page.Append("”</span>");
        }
        page.Append("\n<p class=\"text\">");
        if (e.Kind == "figure")
            page.Append("<span class=\"kind\">Figure:</span> ");
        HtmlText.Append(page, e.Text);
        page.Append("</p>\n");
        AppendSources(page, e);
        AppendReports(page, e);
        page.Append("</li>\n");
    }

    private static void AppendDate(StringBuilder page, TimelineEvent e)
    {
        MarkOpenings.AppendDate(page, e.Date, e.Granularity, e.Modifier, relative: false, mention: null, (e.Start, e.End));
        HtmlText.Append(page, e.Date);
        page.Append("</time>");
    }

    private static void AppendSources(StringBuilder page, TimelineEvent e)
    {
        if (e.Sources.IsDefaultOrEmpty)
            return;
        page.Append("<ul class=\"sources\">");
        foreach (var source in e.Sources)
        {
            page.Append("<li>");
            MarkOpenings.AppendSource(page, source.Name, source.Outlet, source.Kind, source.Platform, source.Date, mention: null);
            HtmlText.Append(page, source.Outlet ?? source.Name);
            page.Append("</cite>");
            if (source.Platform is { } shownPlatform)
                page.Append(", ").Append(TreeNames.Of(shownPlatform));
            if (source.Date is { } shownDate)
            {
                page.Append(", ");
                HtmlText.Append(page, shownDate);
            }
            page.Append("</li>");
        }
        page.Append("</ul>\n");
    }

    private static void AppendReports(StringBuilder page, TimelineEvent e)
    {
        page.Append("<p class=\"told\">Told in ");
        for (int i = 0; i < e.Reports.Length; i++)
        {
            var report = e.Reports[i];
            if (i > 0)
                page.Append("; ");
            page.Append("<span class=\"report\"");
            if (report.Series is { } series)
            {
                page.Append(" title=\"");
                HtmlText.AppendAttribute(page, series);
                page.Append('"');
            }
            page.Append("><span class=\"file\">");
            HtmlText.Append(page, report.File);
            page.Append("</span> (");
            if (report is { PeriodStart: { } start, PeriodEnd: { } end })
                HtmlPage.AppendDays(page, start, end);
            else
                page.Append("no period");
            page.Append("), ");
            HtmlText.Append(page, e.Kind);
            page.Append(" <span class=\"id\">");
            HtmlText.Append(page, report.Id);
            page.Append("</span></span>");
        }
        if (e.Reports.IsDefaultOrEmpty)
            page.Append("no report");
        page.Append("</p>\n");
    }
}
