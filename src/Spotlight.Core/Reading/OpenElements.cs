namespace Spotlight.Reading;

/// <summary>
/// The elements open at a point of a page, as the HTML parser keeps them, for <see cref="HtmlNesting"/>: at most
/// <see cref="HtmlNesting.MaxDepth"/> of them, and a count of the levels below those, whose tags the parser is not
/// given. Where the parser's rules are not followed here, fewer elements are closed than the parser closes, never
/// more, so that the parser's depth never exceeds the one counted.
/// </summary>
internal sealed class OpenElements
{
    private static HashSet<string> Set(IEnumerable<string> names) => new(names, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] HeadingNames = ["h1", "h2", "h3", "h4", "h5", "h6"];

    // Elements of SVG and MathML whose content is HTML again; each is special, and a scope boundary.
    private static readonly string[] IntegrationPoints = ["foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"];

    // HTML elements that an end tag closing in scope does not close past: "</div>" inside a table leaves the table's div open.
    private static readonly string[] HtmlScopeBoundaries = ["applet", "caption", "marquee", "object", "table", "template"];

    // Elements whose end tag closes everything open inside them unless a scope boundary stands between (the parser's
    // "in scope"): "</div>" closes an unclosed <span> or <section> inside the div. Other end tags stop at anything special.
    private static readonly HashSet<string> ClosesInScope = Set(
    [
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section",
        "summary", "ul", "select", "form", .. HtmlScopeBoundaries, .. HeadingNames,
    ]);

    // Elements an end tag of another name does not close past: the parser ignores "</span>" with a <div> open inside the span.
    // (Elements of raw text are special too, but nothing is read while one is open; in SVG their names are no HTML.)
    private static readonly HashSet<string> Special = Set([.. ClosesInScope, "frameset", "noscript", "plaintext", .. IntegrationPoints]);

    private static readonly HashSet<string> ScopeBoundary = Set([.. HtmlScopeBoundaries, .. IntegrationPoints]);

    // Start tags that end SVG or MathML content: the parser closes it and reads them as HTML.
    private static readonly HashSet<string> Breakout = Set(
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
        "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ]);

    private static readonly HashSet<string> IntegrationPoint = Set(IntegrationPoints);

    private static readonly HashSet<string> Headings = Set(HeadingNames);

    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);
    private int _dropped;

    // Where the <svg> or <math> stands whose content the page is in (its tags read as XML: "<path/>" closes itself), or -1.
    private int _foreignRoot = -1;

    /// <summary>How many levels are open, those below the cap with them.</summary>
    public int Depth => _names.Count + _dropped;

    /// <summary>Whether an element of this name is open, among the levels kept.</summary>
    public bool IsOpen(string name) => _counts.GetValueOrDefault(name) > 0;

    public static bool IsForeignRoot(string name) => name is "svg" or "math";

    /// <summary>
    /// Whether a start tag is read as SVG or MathML: in such content, unless it is one that closes the content
    /// (which is then closed, as the parser closes it).
    /// </summary>
    public bool StartForeign(string name)
    {
        if (_foreignRoot < 0)
            return false;
        if (!Breakout.Contains(name))
            return true;
        PopTo(_foreignRoot);
        return false;
    }

    /// <summary>Opens a level; false when it is below the cap, and the tag is to be left out.</summary>
    public bool Open(string name, bool foreign)
    {
        if (_names.Count >= HtmlNesting.MaxDepth)
        {
            _dropped++;
            return false;
        }
        if (!foreign && IsForeignRoot(name))
            _foreignRoot = _names.Count;
        else if (foreign && IntegrationPoint.Contains(name))
            _foreignRoot = -1;
        _names.Add(name);
        _counts[name] = _counts.GetValueOrDefault(name) + 1;
        return true;
    }

    /// <summary>
    /// Closes what an end tag closes; false when it closes a level below the cap, and the tag is to be left out.
    /// A name nothing open answers to closes nothing, as the parser ignores it.
    /// </summary>
    public bool Close(string name)
    {
        if (_dropped > 0)
        {
            _dropped--;
            return false;
        }
        // Any heading's end tag closes the innermost heading; none open, nothing.
        bool heading = Headings.Contains(name);
        if (heading ? !Headings.Any(h => _counts.GetValueOrDefault(h) > 0) : _counts.GetValueOrDefault(name) == 0)
            return true;
        var blocks = ClosesInScope.Contains(name) ? ScopeBoundary : Special;
        for (int i = _names.Count - 1; i >= 0; i--)
        {
            string open = _names[i];
            if (heading ? Headings.Contains(open) : open == name)
            {
                if (name == "form")
                    Remove(i); // "</form>" closes the form alone, leaving open what it holds
                else
                    PopTo(i);
                return true;
            }
            if (blocks.Contains(open))
                return true;
        }
        return true;
    }

    private void PopTo(int index)
    {
        for (int i = _names.Count - 1; i >= index; i--)
            Remove(i);
    }

    private void Remove(int index)
    {
        _counts[_names[index]]--;
        _names.RemoveAt(index);
        if (_foreignRoot == index)
            _foreignRoot = -1;
        else if (_foreignRoot > index)
            _foreignRoot--;
    }
}
