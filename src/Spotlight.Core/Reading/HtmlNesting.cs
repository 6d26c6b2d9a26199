using System.Text;

namespace Spotlight.Reading;

/// <summary>
/// Caps how deeply a page's elements nest before the HTML parser sees it. Building a tree costs each
/// start tag a walk down the stack of open elements, so thousands of unclosed levels make parsing
/// quadratic; browsers cap the depth for the same reason. Tags below the cap are dropped and their
/// text kept, so the words still reach the report. The elements are counted as the parser will open and
/// close them (see <see cref="OpenElements"/>), never fewer: a page cannot pass the cap by tags the parser
/// reads otherwise than they look (<c>&lt;div/&gt;</c>, a stray end tag, a comment closed early).
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 512;

    // Elements that hold no content, and elements whose end tag may be left out, each closed by the next of its
    // kind (or ignored outside its table): in HTML neither makes the tree deeper, so neither is counted.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body",
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
        var open = new OpenElements();
        int copied = 0, deepest = 0, elements = 0;
        int at = 0;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            int end = TagEnd(html, at, out string? name, out bool isEnd, out bool selfClosing);
            if (name is null)
            {
                at = end;
                continue;
            }
            bool kept;
            if (isEnd)
            {
                kept = open.Close(name);
            }
            else
            {
                elements++;
                bool foreign = open.StartForeign(name);
                kept = foreign ? selfClosing || open.Open(name, foreign: true)
                    : Uncounted.Contains(name) || (selfClosing && OpenElements.IsForeignRoot(name)) || open.Open(name, foreign: false);
                deepest = Math.Max(deepest, open.Depth);
                // A tag the parser never sees opens no raw text: what follows it is markup to the parser, and counted.
                if (kept && !foreign && RawText.Contains(name))
                    end = RawTextEnd(html, end, name);
            }
            if (!kept)
            {
                capped ??= new StringBuilder(html.Length);
                capped.Append(html, copied, at - copied);
                copied = end;
            }
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
            return CommentEnd(html, lt);
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
        name = html[nameStart..i].ToLowerInvariant();

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

    /// <summary>
    /// Where a comment opened at <paramref name="lt"/> ends, as the parser ends it: at "--&gt;" or "--!&gt;", or at once
    /// for "&lt;!--&gt;" and "&lt;!---&gt;"; never closed, at the end of the page.
    /// </summary>
    private static int CommentEnd(string html, int lt)
    {
        // From the opening's own dashes, so that "<!-->" and "<!--->" close where they stand.
        int close = html.IndexOf("-->", lt + 2, StringComparison.Ordinal);
        int bang = html.IndexOf("--!>", lt + 4, StringComparison.Ordinal);
        if (bang >= 0 && (close < 0 || bang < close))
            return bang + 4;
        return close < 0 ? html.Length : close + 3;
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
