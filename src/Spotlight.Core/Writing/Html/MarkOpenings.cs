using System.Text;
using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>
/// The opening tags of a date's and a source's mark, with the values a reader sees on hover and in print: one form for
/// every page, the report's (where each names its mention) and the timeline's (where a date also says the days it covers).
/// </summary>
public static class MarkOpenings
{
    /// <param name="mention">The mention's name in the page (<c>data-mention</c>), or null where the page has no mentions.</param>
    /// <param name="covers">The days the date covers (<c>data-start</c>, <c>data-end</c>), or null.</param>
    public static void AppendDate(StringBuilder page, string value, DateGranularity granularity, DateModifier? modifier, bool relative,
        string? mention, (DateOnly Start, DateOnly End)? covers = null)
    {
        page.Append("<time class=\"date\" datetime=\"");
        HtmlText.AppendAttribute(page, value);
        page.Append('"');
        if (mention is not null)
            page.Append(" data-mention=\"").Append(mention).Append('"');
        page.Append(" data-granularity=\"").Append(TreeNames.Of(granularity)).Append('"');
        if (modifier is { } given)
            page.Append(" data-modifier=\"").Append(TreeNames.Of(given)).Append('"');
        if (relative)
            page.Append(" data-relative=\"true\"");
        if (covers is { } days)
            page.Append(" data-start=\"").Append(TreeNames.Of(days.Start)).Append("\" data-end=\"").Append(TreeNames.Of(days.End)).Append('"');
        AppendNote(page, MentionNotes.OfDate(value, granularity, modifier, relative));
    }

    /// <param name="mention">The mention's name in the page (<c>data-mention</c>), or null where the page has no mentions.</param>
    public static void AppendSource(StringBuilder page, string name, string? outlet, SourceKind kind, SourcePlatform? platform, string? date,
        string? mention)
    {
        page.Append("<cite class=\"source\"");
        if (mention is not null)
            page.Append(" data-mention=\"").Append(mention).Append('"');
        page.Append(" data-kind=\"").Append(TreeNames.Of(kind)).Append('"');
        AppendIfGiven(page, "data-outlet", outlet);
        if (platform is { } given)
            page.Append(" data-platform=\"").Append(TreeNames.Of(given)).Append('"');
        AppendIfGiven(page, "data-date", date);
        AppendNote(page, MentionNotes.OfSource(name, outlet, kind, platform, date));
    }

    private static void AppendIfGiven(StringBuilder page, string attribute, string? value)
    {
        if (value is null)
            return;
        page.Append(' ').Append(attribute).Append("=\"");
        HtmlText.AppendAttribute(page, value);
        page.Append('"');
    }

    // The same words on hover (title) and in print (data-note, which the print style writes after the mark).
    private static void AppendNote(StringBuilder page, string note)
    {
        page.Append(" data-note=\"");
        HtmlText.AppendAttribute(page, note);
        page.Append("\" title=\"");
        HtmlText.AppendAttribute(page, note);
        page.Append("\">");
    }
}
