using System.Text;

namespace Spotlight.Writing.Html;

/// <summary>
/// The frame of every page <c>spotlight</c> writes: one self-contained document, its style inline, no script and
/// nothing fetched, readable on a phone and in print.
/// </summary>
public static class HtmlPage
{
    public static void AppendHead(StringBuilder page, string title)
    {
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"spotlight\">\n<title>");
        HtmlText.Append(page, title);
        page.Append("</title>\n<style>\n").Append(HtmlStyle.Sheet).Append("</style>\n</head>\n<body>\n");
    }

    public static void AppendFoot(StringBuilder page) => page.Append("</body>\n</html>\n");

    /// <summary>A span of days as two <c>&lt;time&gt;</c> elements: "2021-11-04 to 2021-11-18".</summary>
    public static void AppendDays(StringBuilder page, DateOnly start, DateOnly end)
    {
        string first = TreeNames.Of(start), last = TreeNames.Of(end);
        page.Append("<time datetime=\"").Append(first).Append("\">").Append(first)
            .Append("</time> to <time datetime=\"").Append(last).Append("\">").Append(last).Append("</time>");
    }

    /// <summary>"line 12" or "lines 12–14".</summary>
    public static string Lines(int first, int last) => first == last ? $"line {first}" : $"lines {first}–{last}";

    /// <summary>"p. 3" or "pp. 3–4", or null when the input has no pages.</summary>
    public static string? Pages(IReadOnlyList<int>? pages) => pages is null || pages.Count == 0 ? null
        : pages[0] == pages[^1] ? $"p. {pages[0]}" : $"pp. {pages[0]}–{pages[^1]}";
}
