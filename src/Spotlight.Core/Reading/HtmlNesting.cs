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
        var (capped, depth, elements, _, _) = Cap(html, breaksAsText: false);
        return (capped.ToString(), depth, elements);
    }

    /// <summary>
    /// As <see cref="Cap(string)"/>; with <paramref name="breaksAsText"/>, each &lt;br&gt; that stands where the parser
    /// reads it as it reads text is written as text (see <see cref="HtmlBreaks"/>), no element then: how many were is
    /// <c>Breaks</c>. Where the page is not surely read here as the parser reads it (a table, a select, a template,
    /// SVG or MathML open; after &lt;plaintext&gt;; a script whose end may be hidden in a comment, CDATA that foreign
    /// content and HTML end in different places), its &lt;br&gt; stay elements. The runs of the page's text where they
    /// would be written, those of <paramref name="shortestRun"/> characters or more, are <c>TextRuns</c>, as places in
    /// the page returned (see <see cref="HtmlStandIns"/>): text, and the line breaks written as text in it.
    /// </summary>
    /// <remarks>
    /// The page returned is the page given where nothing was left out or written as text, and otherwise a copy made in an
    /// array as long as the page, filled as it is read: never a builder and then the string it makes, which would hold the page three times.
    /// </remarks>
    public static (ReadOnlyMemory<char> Html, int Depth, int Elements, int Breaks, List<(int Start, int End)> TextRuns) Cap(
        string html, bool breaksAsText, int shortestRun = HtmlStandIns.ShortestRun)
    {
        char[]? capped = null;
        int length = 0; // of the copy so far
        var open = new OpenElements();
        int copied = 0, deepest = 0, elements = 0, breaks = 0;
        bool asText = breaksAsText;
        var runs = new List<(int Start, int End)>();
        int runStart = asText ? 0 : -1;
        int at = 0;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            int end = TagEnd(html, at, out string? name, out bool isEnd, out bool selfClosing, out bool closed);
            bool plainBreak = !isEnd && asText && closed && name == "br" && ReadAsText(open) && HtmlBreaks.IsPlainBreak(html, at, end);
            // A run of text goes on through a line break written as text, and a '<' that opens nothing ("a < b"); other markup ends it.
            if (!plainBreak && !(name is null && end == at + 1))
                EndRun(Out(at));
            if (name is null)
            {
                // "<![CDATA[…]]>" ends at "]]>" in SVG and MathML, at the first '>' elsewhere: where the two differ, what follows is not surely read here as the parser reads it.
                if (asText && html.AsSpan(at).StartsWith("<![CDATA[") && html.IndexOf("]]>", at, StringComparison.Ordinal) + 3 != end)
                    asText = false;
                if (end != at + 1)
                    StartRun(end);
                at = end;
                continue;
            }
            bool kept;
            if (isEnd)
            {
                kept = open.Close(name);
                // The parser reads "</br>" as "<br>": an element too.
                if (kept && name == "br")
                    elements++;
            }
            else if (plainBreak)
            {
                Copy(at);
                HtmlBreaks.Write(capped!.AsSpan(length, end - at), length);
                length += end - at;
                copied = end;
                breaks++;
                at = end;
                continue;
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
                {
                    int close = RawTextEnd(html, end, name);
                    if (name == "script" && MayHideItsEnd(html.AsSpan(end, close - end)))
                        asText = false;
                    end = close;
                }
                else if (kept && !foreign && name == "plaintext")
                {
                    asText = false; // all that follows is text to the parser
                }
            }
            if (!kept)
            {
                Copy(at);
                copied = end;
            }
            StartRun(end);
            at = end;
        }
        EndRun(Out(html.Length));
        if (capped is null)
            return (html.AsMemory(), deepest, elements, breaks, runs);
        Copy(html.Length);
        return (capped.AsMemory(0, length), deepest, elements, breaks, runs);

        // Copies the page from where it was last copied to an offset.
        void Copy(int to)
        {
            capped ??= new char[html.Length];
            html.AsSpan(copied, to - copied).CopyTo(capped.AsSpan(length));
            length += to - copied;
        }

        // Where an offset of the page, not yet copied, stands in the page returned.
        int Out(int offset) => length + offset - copied;

        void StartRun(int after) => runStart = asText && ReadAsText(open) ? Out(after) : -1;

        void EndRun(int at)
        {
            if (runStart >= 0 && at - runStart >= shortestRun)
                runs.Add((runStart, at));
            runStart = -1;
        }
    }

    /// <summary>
    /// Whether a &lt;br&gt; among the open elements is read by the parser as it reads text, inserted where text is: not in
    /// a table (where text is moved out of it, and white space is not), a select (where a &lt;br&gt; is dropped), a
    /// template or a frameset, nor in SVG or MathML (where it ends the foreign content, and text does not).
    /// </summary>
    private static bool ReadAsText(OpenElements open) =>
        !open.IsOpen("table") && !open.IsOpen("select") && !open.IsOpen("template") && !open.IsOpen("frameset")
        && !open.IsOpen("svg") && !open.IsOpen("math");

    /// <summary>
    /// Whether a script may go on past the end tag found: "&lt;!--" and then "&lt;script" inside it hide the next
    /// "&lt;/script&gt;" from the parser (the script's double-escaped text).
    /// </summary>
    private static bool MayHideItsEnd(ReadOnlySpan<char> script)
    {
        int comment = script.IndexOf("<!--", StringComparison.Ordinal);
        return comment >= 0 && script[comment..].Contains("<script", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The white space of HTML's syntax (CR, which the parser reads as LF, with it): no other space ends a name, nor is passed over where the parser weighs white space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>
    /// Where the markup opened at <paramref name="lt"/> ends, as the parser's tokenizer ends it; a name only for a start
    /// or end tag, and <paramref name="closed"/> when its '&gt;' was found (a tag the page ends inside is no tag).
    /// </summary>
    private static int TagEnd(string html, int lt, out string? name, out bool isEnd, out bool selfClosing, out bool closed)
    {
        name = null;
        isEnd = false;
        selfClosing = false;
        closed = false;
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
            // "<!doctype", "<?xml", "</ x>": markup to the first '>'; "</>" is dropped; a '<' that opens nothing ("a < b") is text.
            if (i < html.Length && (html[i] is '!' or '?' || isEnd))
            {
                int gt = html.IndexOf('>', i);
                return gt < 0 ? html.Length : gt + 1;
            }
            return lt + 1;
        }
        int nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not '>' and not '/')
            i++;
        name = NameOf(html.AsSpan(nameStart, i - nameStart));

        // The attributes, as the tokenizer reads them: a quote opens a value only where a value starts.
        var state = AttributeState.BeforeName;
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            char c = html[i];
            switch (state)
            {
                case AttributeState.BeforeName or AttributeState.AfterName:
                    if (IsSpace(c))
                        break;
                    if (c == '>')
                        return Closed(i, out closed);
                    if (c == '/')
                        state = AttributeState.SelfClosing;
                    else if (c == '=' && state == AttributeState.AfterName)
                        state = AttributeState.BeforeValue;
                    else
                        state = AttributeState.Name;
                    break;
                case AttributeState.Name:
                    if (c == '>')
                        return Closed(i, out closed);
                    if (IsSpace(c))
                        state = AttributeState.AfterName;
                    else if (c == '/')
                        state = AttributeState.SelfClosing;
                    else if (c == '=')
                        state = AttributeState.BeforeValue;
                    break;
                case AttributeState.BeforeValue:
                    if (IsSpace(c))
                        break;
                    if (c == '>')
                        return Closed(i, out closed);
                    if (c is '"' or '\'')
                    {
                        quote = c;
                        state = AttributeState.Quoted;
                    }
                    else
                    {
                        state = AttributeState.Unquoted;
                    }
                    break;
                case AttributeState.Quoted:
                    if (c == quote)
                        state = AttributeState.AfterQuoted;
                    break;
                case AttributeState.AfterQuoted:
                    if (c == '>')
                        return Closed(i, out closed);
                    state = c == '/' ? AttributeState.SelfClosing : AttributeState.BeforeName;
                    if (!IsSpace(c) && c != '/')
                        i--; // read again as the start of a name
                    break;
                case AttributeState.Unquoted:
                    if (c == '>')
                        return Closed(i, out closed);
                    if (IsSpace(c))
                        state = AttributeState.BeforeName;
                    break;
                case AttributeState.SelfClosing:
                    if (c == '>')
                    {
                        selfClosing = true;
                        return Closed(i, out closed);
                    }
                    if (c != '/')
                    {
                        state = AttributeState.BeforeName;
                        i--; // read again
                    }
                    break;
            }
        }
        return html.Length;
    }

    // The names most pages are made of, each kept once: a name made anew for every tag was most of what reading a page
    // of many tags allocated (a page of a million line breaks, a million strings "br").
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = new Dictionary<string, string>(
        new[]
        {
            "a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "body", "br", "button", "caption", "center",
            "cite", "code", "col", "colgroup", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label", "li",
            "link", "main", "math", "meta", "nav", "noscript", "ol", "option", "p", "picture", "pre", "q", "s", "script",
            "section", "select", "small", "source", "span", "strong", "style", "sub", "sup", "svg", "table", "tbody", "td",
            "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "u", "ul", "video", "wbr",
        }.ToDictionary(name => name, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A tag's name in lower case, as the parser compares it.</summary>
    private static string NameOf(ReadOnlySpan<char> written) =>
        KnownNames.TryGetValue(written, out string? known) ? known : written.ToString().ToLowerInvariant();

    private static int Closed(int gt, out bool closed)
    {
        closed = true;
        return gt + 1;
    }

    private enum AttributeState { BeforeName, Name, AfterName, BeforeValue, Quoted, AfterQuoted, Unquoted, SelfClosing }

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

    /// <summary>Where raw text ends: at its own end tag, "&lt;/name" followed by what ends a name ("&lt;/scripts" ends nothing).</summary>
    private static int RawTextEnd(string html, int from, string name)
    {
        while (true)
        {
            int close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
                return html.Length;
            int after = close + 2 + name.Length;
            if (after >= html.Length || IsSpace(html[after]) || html[after] is '/' or '>')
                return close;
            from = after;
        }
    }
}
