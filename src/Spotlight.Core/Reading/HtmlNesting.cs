using System.Text;

namespace Spotlight.Reading;

/// <summary>
/// Caps how deeply a page's elements nest before the HTML parser sees it. Building a tree costs each
/// start tag a walk down the stack of open elements, so thousands of unclosed levels make parsing
/// quadratic; browsers cap the depth for the same reason. Tags below the cap are dropped and their
/// text kept, so the words still reach the report.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 512;

    // Elements that hold no content, and elements whose end tag may be left out (a new <p> closes the
    // last): neither makes the tree deeper, so neither is counted.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    // Elements whose content is not markup: a '<' inside them opens no tag.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe" };

    /// <summary>
    /// The page with every tag below <see cref="MaxDepth"/> left out, the deepest level it reached, and how many
    /// start tags it holds (each an element of the parser's tree: the measure of the memory the tree will take).
    /// </summary>
    public static (string Html, int Depth, int Elements) Cap(string html)
    {
        StringBuilder? capped = null;
        int copied = 0, depth = 0, deepest = 0, elements = 0;
        int at = 0;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            int end = TagEnd(html, at, out string? name, out bool isEnd, out bool selfClosing);
            if (name is not null && !isEnd)
                elements++;
            if (name is null || Uncounted.Contains(name) || selfClosing)
            {
                at = end;
                continue;
            }
            bool drop = false;
            if (isEnd)
            {
                drop = depth > MaxDepth;
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                drop = depth > MaxDepth;
            }
            if (drop)
            {
                capped ??= new StringBuilder(html.Length);
                capped.Append(html, copied, at - copied);
                copied = end;
            }
            if (!isEnd && RawText.Contains(name))
                end = RawTextEnd(html, end, name);
            at = end;
        }
        if (capped is null)
            return (html, deepest, elements);
        capped.Append(html, copied, html.Length - copied);
        return (capped.ToString(), deepest, elements);
    }

    /// <summary>Where the markup opened at <paramref name="lt"/> ends; a name only for a start or end tag.</summary>
    private static int TagEnd(string html, int lt, out string? name, out bool isEnd, out bool selfClosing)
    {
        name = null;
        isEnd = false;
        selfClosing = false;
        if (html.AsSpan(lt).StartsWith("<!--"))
        {
            int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        int i = lt + 1;
        if (i < html.Length && html[i] == '/')
        {
            isEnd = true;
            i++;
        }
        if (i >= html.Length || !char.IsAsciiLetter(html[i]))
        {
            // "<!doctype", "<?xml", or a '<' that opens nothing ("a < b").
            if (i < html.Length && html[i] is '!' or '?')
            {
                int gt = html.IndexOf('>', i);
                return gt < 0 ? html.Length : gt + 1;
            }
            return lt + 1;
        }
        int nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '>' and not '/')
            i++;
        name = html[nameStart..i];

        // Attribute values may hold '>' inside quotes.
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'' && PrecededByEquals(html, i))
            {
                quote = c;
            }
            else if (c == '>')
            {
                selfClosing = html[i - 1] == '/';
                return i + 1;
            }
        }
        return html.Length;
    }

    private static bool PrecededByEquals(string html, int i)
    {
        int j = i - 1;
        while (j > 0 && char.IsWhiteSpace(html[j]))
            j--;
        return html[j] == '=';
    }

    private static int RawTextEnd(string html, int from, string name)
    {
        int close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }
}
