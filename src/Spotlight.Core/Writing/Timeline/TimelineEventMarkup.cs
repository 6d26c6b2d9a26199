using System.Globalization;
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
        string note = MentionNotes.OfDate(e.Date, e.Granularity, e.Modifier, relative: false);
        page.Append("<time class=\"date\" datetime=\"");
        HtmlText.AppendAttribute(page, e.Date);
        page.Append("\" data-granularity=\"").Append(TreeNames.Of(e.Granularity)).Append('"');
        if (e.Modifier is { } modifier)
            page.Append(" data-modifier=\"").Append(TreeNames.Of(modifier)).Append('"');
        page.Append(" data-start=\"").Append(Iso(e.Start)).Append("\" data-end=\"").Append(Iso(e.End)).Append("\" data-note=\"");
        HtmlText.AppendAttribute(page, note);
        page.Append("\" title=\"");
        HtmlText.AppendAttribute(page, note);
        page.Append("\">");
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
            string note = MentionNotes.OfSource(source.Name, source.Outlet, source.Kind, source.Platform, source.Date);
            page.Append("<li><cite class=\"source\" data-kind=\"").Append(TreeNames.Of(source.Kind)).Append('"');
            if (source.Outlet is { } outlet)
            {
                page.Append(" data-outlet=\"");
                HtmlText.AppendAttribute(page, outlet);
                page.Append('"');
            }
            if (source.Platform is { } platform)
                page.Append(" data-platform=\"").Append(TreeNames.Of(platform)).Append('"');
            if (source.Date is { } cited)
            {
                page.Append(" data-date=\"");
                HtmlText.AppendAttribute(page, cited);
                page.Append('"');
            }
            page.Append(" data-note=\"");
            HtmlText.AppendAttribute(page, note);
            page.Append("\" title=\"");
            HtmlText.AppendAttribute(page, note);
            page.Append("\">");
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
                page.Append("<time datetime=\"").Append(Iso(start)).Append("\">").Append(Iso(start))
                    .Append("</time> to <time datetime=\"").Append(Iso(end)).Append("\">").Append(Iso(end)).Append("</time>");
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

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
