using Spotlight.Diagnostics;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Reading;

/// <summary>
/// Reads a report published as a web page: finds the article (not the navigation, sidebars, share
/// buttons, comments or footer) and writes its blocks as the text the structure parser reads, one blank
/// line apart, each line with the hint its markup gives (a heading, a caption, a list item, a paragraph
/// and the lines a &lt;br&gt; broke it into). Scripts are never run and nothing is fetched: the parser is
/// given no scripting engine and no loader.
/// </summary>
public sealed class HtmlReportReader : IReportReader
{
    /// <summary>The most elements a page may hold: a report's web copy holds a few thousand.</summary>
    public const int MaxElements = 200_000;

    private const string CaptionSelectors = "figcaption, .wp-caption-text, .caption, .image-caption, .photo-caption";

    // Where blogging platforms and news sites put the article, most specific first.
    private static readonly string[] ArticleSelectors =
        ["article .entry-content", "article .post-content", "article", "main", "[role=main]", ".entry-content", ".post-content", "#content"];

    // Where blogging themes put a post's title, outside the block of its text.
    private static readonly string[] TitleSelectors = ["h1.entry-title", "h1.post-title", "article h1", "main h1"];

    // The page's margins, where a teaser or a share bar may be marked up as an <article>: never the report.
    private const string Margins =
        "nav, aside, [role=navigation], [role=complementary], [class*=sidebar], [class*=related], " +
        "[class*=share], [class*=social], [class*=comment], [id*=comment]";

    // Page furniture that is never part of the report: the margins, and what is no text to read. (A <form> is
    // furniture inside an article, not around it: some sites wrap the whole page in one.)
    private const string Furniture =
        Margins + ", script, style, noscript, template, form, button, iframe, svg, object, embed, [class*=newsletter], [class*=cookie]";

    /// <summary>
    /// The words the selectors below name blocks by (classes, ids, roles): a &lt;br&gt; whose attributes hold none of them
    /// is read by its name alone (see <see cref="HtmlBreaks.IsPlainBreak"/>).
    /// </summary>
    internal static readonly string[] SelectorWords =
    [
        .. Regex.Matches(string.Join(", ", [CaptionSelectors, .. ArticleSelectors, .. TitleSelectors, Furniture]), @"(?<=[.#=])[\w-]+")
            .Select(match => match.Value).Distinct(),
    ];

    public string Format => "html";

    /// <summary>The shortest run of a page's text given to the parser as a stand-in (see <see cref="HtmlStandIns"/>).</summary>
    internal int ShortestStandIn { get; init; } = HtmlStandIns.ShortestRun;

    public SourceText Read(ReadOnlySpan<byte> bytes) => Read(bytes, breaksAsText: true);

    /// <summary>
    /// The page's text; with <paramref name="breaksAsText"/>, its line breaks given to the parser as text rather than
    /// elements (see <see cref="HtmlBreaks"/>), which gives the same text in a fraction of the memory.
    /// </summary>
    internal SourceText Read(ReadOnlySpan<byte> bytes, bool breaksAsText)
    {
        // Lines of the page are not lines of the text written below, so findings about the bytes name none.
        var findings = new List<Diagnostic>();
        // Each stage in a method of its own, so that what it leaves behind is let go as it ends: the decoded bytes once
        // the page is capped, the page once parsed (see PageToParse), the tree once its text is written.
        var written = Write(Page(bytes, breaksAsText, findings));
        // A line break the parser put elsewhere than a <br> would have stood: the page is read again, its <br> elements.
        if (written is null)
            return Read(bytes, breaksAsText: false);
        string result = written.ToString();
        if (string.IsNullOrWhiteSpace(result))
            throw new ReportReadException("no article text in the page");
        var source = SourceText.From(result).WithHints(written.Hints).WithListMarkers(written.ListMarkers)
            .WithInputLines(written.InputLines, written.InputColumns);
        return findings.Aggregate(source, (source, f) => source.WithDiagnostic(f));
    }

    /// <summary>The page as the parser is given it: decoded, its nesting capped, its line breaks written as text where they can be.</summary>
    private PageToParse Page(ReadOnlySpan<byte> bytes, bool breaksAsText, List<Diagnostic> findings)
    {
        var decoded = ReportText.Decode(bytes, declaredSingleByte: HtmlCharset.DeclaresWindows1252(bytes));
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new ReportReadException(bytes.Length == 0 ? "empty file" : "no text (only white space)");
        if (decoded.Finding is { } finding)
            findings.Add(finding with { Line = null, Column = null });
        var (html, depth, elements, breaks, runs) = HtmlNesting.Cap(decoded.Text, breaksAsText && HtmlBreaks.CanWrite(decoded.Text), ShortestStandIn);
        // The parser's tree takes some 400 bytes an element: a page of nothing but tags would take a hundred times its size.
        if (elements > MaxElements)
            throw new ReportReadException($"HTML has more than {MaxElements:N0} elements ({elements:N0})");
        if (depth > HtmlNesting.MaxDepth)
            findings.Add(DiagnosticRegistry.NestingFlattened.At(null, detail: $"{depth} levels, {HtmlNesting.MaxDepth} kept"));
        return new PageToParse { Html = html, Breaks = breaks, Runs = runs };
    }

    /// <summary>
    /// The page as the parser is to read it, with how many line breaks were written in it as text and the runs of text
    /// that may be stood in for. An object of its own, whose page is let go by clearing a field: the copies of a value
    /// that a method's frame may keep (the value a call returned, a span made of it) last to the method's end.
    /// </summary>
    private sealed class PageToParse
    {
        public ReadOnlyMemory<char> Html;
        public required int Breaks { get; init; }
        public required List<(int Start, int End)> Runs { get; init; }
    }

    /// <summary>
    /// The article's text as lines, the page parsed (and let go once it is); null when a line
    /// break or a run written as text did not stand where the &lt;br&gt; or the run would have (see
    /// <see cref="HtmlBreaks.StandAsWritten"/>, <see cref="HtmlStandIns.Resolve"/>).
    /// </summary>
    private HtmlLines? Write(PageToParse page)
    {
        int breaks = page.Breaks;
        var (document, places, pagePlaces) = Parse(page);
        if (document is null || (breaks > 0 && !HtmlBreaks.StandAsWritten(document, breaks)))
            return null;
        var root = FindArticle(document);
        foreach (var element in root.QuerySelectorAll(Furniture).ToList())
            element.Remove();
        if (root == document.Body)
        {
            foreach (var element in root.QuerySelectorAll("body > header, body > footer, footer").ToList())
                element.Remove();
        }

        var lines = new HtmlLines(breaks);
        var text = new HtmlBlockWriter(places, breaks > 0 ? pagePlaces : null, lines);
        var title = TitleOutside(document, root);
        foreach (var above in SiteTextAbove(root, title))
            text.SiteText(above);
        if (title is not null)
            text.Heading(title);
        text.Walk(root);
        return lines;
    }

    /// <summary>
    /// The page parsed, its long runs of text given to the parser as stand-ins and put back (see <see cref="HtmlStandIns"/>),
    /// with where each element starts in the page (and each line, where the page's places are needed), so that a finding
    /// names the line of the page's source it was read from; no document where a stand-in did not stand as written.
    /// </summary>
    /// <remarks>
    /// A method of its own, never inlined, that lets the page go: what the runtime's frame of a method keeps of it (a
    /// span made of it, a copy passed on) lasts as long as the method, here no longer than the parse.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (IDocument? Document, Dictionary<INode, TextPosition> Places, HtmlBreaks.Places? PagePlaces) Parse(PageToParse toParse)
    {
        var html = toParse.Html;
        toParse.Html = default;
        int breaks = toParse.Breaks;
        var (page, standIns) = HtmlStandIns.Write(html, toParse.Runs, ShortestStandIn);
        var places = new Dictionary<INode, TextPosition>(ReferenceEqualityComparer.Instance);
        // After a stand-in shorter than its run, the parser's places are not the page's: an element's is found in the page itself.
        var pagePlaces = breaks > 0 || standIns is not null ? new HtmlBreaks.Places(html.Span) : null;
        // Without stand-ins the parser reads the page itself, and only it need hold it.
        if (standIns is null)
            html = default;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            OnCreated = standIns is null
                ? (element, position) => places[element] = position
                : (element, position) => places[element] = pagePlaces!.At(standIns.InPage(position.Position - 1)),
        });
        // Read in place rather than copied first, unless the page holds U+FFFF, which the parser reads in place as its end of input.
        var document = page.Contains('\uFFFF') ? parser.ParseDocument(page) : parser.ParseDocument(new TextSource(new StringTextSource(page)));
        // The parser's tokenizer gives back to the shared pool a buffer as long as the page: taken out, it is let go rather than kept for a page that may never come.
        _ = ArrayPool<char>.Shared.Rent(page.Length);
        bool resolved = standIns is null || standIns.Resolve(document, html);
        html = default;
        return (resolved ? document : null, places, pagePlaces);
    }

    /// <summary>
    /// What the site sets above the article in the block that holds it (a repost's archive title, its breadcrumb):
    /// kept as lines of site text, as a copy of the page carries them, not dropped unseen. Around a page's body, and
    /// in its margins, nothing is: that is the site's chrome.
    /// </summary>
    private static IEnumerable<IElement> SiteTextAbove(IElement root, IElement? titleOutside)
    {
        if (root.ParentElement is not { } holder || holder.LocalName is "body" or "html")
            return [];
        return holder.Children.TakeWhile(e => e != root)
            .Where(e => !e.Matches(Furniture) && e.QuerySelector(Furniture) is null
                && (titleOutside is null || (e != titleOutside && !e.Contains(titleOutside))));
    }

    /// <summary>
    /// The page's title when it stands outside the block of the article's text, as blogging themes set it
    /// (&lt;h1 class="entry-title"&gt; in the post's header): the report's title line all the same.
    /// </summary>
    private static IElement? TitleOutside(IDocument document, IElement root)
    {
        if (root == document.Body || root.QuerySelector("h1") is not null)
            return null;
        // Most specific first; a site's name in the page's own header is no title, nor a heading in the margins
        // (but a margin that holds the article, its tag left open, holds its title too).
        var title = TitleSelectors.Select(selector => document.QuerySelectorAll(selector)
                .FirstOrDefault(h => (h.Closest(Margins) is not { } margin || margin.Contains(root)) && !root.Contains(h)))
            .FirstOrDefault(h => h is not null);
        // Only a title above the article's text, not a heading of something after it.
        return title is not null && title.CompareDocumentPosition(root).HasFlag(DocumentPositions.Following) ? title : null;
    }

    private static IElement FindArticle(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        if (BestCandidate(document, inMargins: false) is { } article)
            return article;
        // No candidate outside the margins. A margin may hold the rest of the page, article and all: its tag left
        // open (an <aside class="sidebar"> broken in two, a <div class="sidebar"> never closed) or a wrapper named
        // for the sidebar beside it (class="content-sidebar-wrap"). Its article is the report when it holds more
        // text than the page outside the margins, which is all that would be read otherwise; a teaser holds less.
        if (BestCandidate(document, inMargins: true) is { } inMargin && ReportTextLength(inMargin) > ReportTextLength(body))
            return inMargin;
        return body;
    }

    /// <summary>
    /// The article by the first selector that finds one with text, in the page's margins or outside them: of
    /// several candidates (a list of teasers, say), the one with most text, not one whose only text is furniture.
    /// </summary>
    private static IElement? BestCandidate(IDocument document, bool inMargins)
    {
        foreach (string selector in ArticleSelectors)
        {
            IElement? best = null;
            int bestLength = 0;
            foreach (var candidate in document.QuerySelectorAll(selector).Where(e => (e.ParentElement?.Closest(Margins) is not null) == inMargins))
            {
                int length = ReportTextLength(candidate);
                if (length > bestLength)
                    (best, bestLength) = (candidate, length);
            }
            if (best is not null)
                return best;
        }
        return null;
    }

    /// <summary>How much text an element holds outside the furniture it contains.</summary>
    private static int ReportTextLength(IElement element)
    {
        var furniture = element.QuerySelectorAll(Furniture).ToHashSet();
        int length = 0;
        foreach (var text in element.Descendants<IText>())
        {
            if (string.IsNullOrWhiteSpace(text.Data))
                continue;
            bool inFurniture = false;
            for (var parent = text.ParentElement; parent is not null && parent != element && !inFurniture; parent = parent.ParentElement)
                inFurniture = furniture.Contains(parent);
            if (!inFurniture)
                length += HtmlBreaks.TrimmedLength(text.Data);
        }
        return length;
    }

    /// <summary>
    /// Walks the article's elements in document order and writes their text as blocks, each line as it is found: a
    /// paragraph of many line breaks is written without an object a line.
    /// </summary>
    private sealed class HtmlBlockWriter(Dictionary<INode, TextPosition> places, HtmlBreaks.Places? breaks, HtmlLines lines)
    {
        // What collapses to one space between words: the page's white space, and the spaces that are no glyph.
        private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\r\n\u00A0\u2007\u202F\u200B");
        private static readonly SearchValues<char> SpacesAndBreaks = SearchValues.Create(" \t\r\n\u00A0\u2007\u202F\u200B" + HtmlBreaks.Mark);

        private readonly StringBuilder _text = lines.Text;
        private readonly List<LineHint> _hints = lines.Hints;
        private readonly Dictionary<int, string> _markers = lines.Markers;

        // The block being written: the hint of its first line and of the rest, and the line it opens on (0 until one is written).
        private LineHint _hint, _rest;
        private int _first;

        // The line being gathered: where it starts in the page, whether a word of it is written, whether a space is due
        // before the next, and the marker its list item draws before it.
        private TextPosition _lineAt;
        private bool _inLine, _space;
        private string? _marker;

        public void Heading(IElement element) => Block(element, LineHint.Heading);

        /// <summary>
        /// The site's lines, one a line and set aside as furniture; a list's items each on a line after the marker
        /// the page draws ("1. Home"), as a copy of the page writes them.
        /// </summary>
        public void SiteText(IElement element)
        {
            Open(LineHint.Furniture);
            if (element.LocalName is "ul" or "ol")
            {
                foreach (var li in element.Children.Where(c => c.LocalName == "li"))
                    Inline(li, HtmlListMarker.Of(li));
            }
            else
            {
                Inline(element);
            }
        }

        public void Walk(IElement element)
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement e)
                    Visit(e);
                else if (child.NodeType == NodeType.Text)
                    TextBlocks(child);
            }
        }

        private void Visit(IElement element)
        {
            if (element.Matches(CaptionSelectors))
            {
                Block(element, LineHint.Caption);
                return;
            }
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Block(element, LineHint.Heading);
                    break;
                case "p" or "li" or "dd" or "dt" or "pre" or "address":
                    if (element.QuerySelector("p, li, div, " + CaptionSelectors) is not null)
                        Walk(element); // a list item holding paragraphs or a caption: its blocks, not one line
                    else if (element.LocalName == "li")
                        ListItem(element);
                    else
                        Block(element, LineHint.Paragraph);
                    break;
                case "img" or "picture" or "video" or "audio" or "source" or "br" or "hr":
                    break; // an image's alt text repeats its caption; it is not a second figure
                default:
                    if (IsBlockContainer(element))
                        Walk(element);
                    else
                        Block(element, LineHint.None);
                    break;
            }
        }

        private void ListItem(IElement item)
        {
            if (Block(item, LineHint.ListItem) is > 0 and var line && HtmlListMarker.Of(item) is { } marker)
                _markers[line] = marker;
        }

        private static bool IsBlockContainer(IElement element) =>
            element.LocalName is "div" or "section" or "article" or "main" or "header" or "footer" or "ul" or "ol" or "dl"
                or "blockquote" or "figure" or "table" or "thead" or "tbody" or "tr" or "td" or "th" or "center" or "body"
            || element.Children.Any(c => c.LocalName is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "ul" or "ol" or "figure" or "table");

        /// <summary>
        /// Bare text in a block (&lt;div&gt;text&lt;/div&gt;): a block of its own, and one after each line break in it, as
        /// the text on either side of a &lt;br&gt; element is.
        /// </summary>
        private void TextBlocks(INode text)
        {
            string data = text.TextContent;
            if (breaks is null || data.IndexOf(HtmlBreaks.Mark) < 0)
            {
                if (!string.IsNullOrWhiteSpace(data))
                    Block(text, LineHint.None);
                return;
            }
            var at = PlaceOf(text);
            int start = 0;
            while (true)
            {
                int mark = data.IndexOf(HtmlBreaks.Mark, start);
                var part = data.AsSpan(start, (mark < 0 ? data.Length : mark) - start);
                if (!part.IsWhiteSpace())
                {
                    Open(LineHint.None);
                    Line(at);
                    Text(part);
                }
                if (mark < 0)
                    return;
                at = breaks.At(HtmlBreaks.Read(data, mark, out start));
            }
        }

        /// <summary>Writes a node's text as a block (see <see cref="Open"/>); the 1-based line it opens on, or 0 for an empty block.</summary>
        private int Block(INode node, LineHint hint)
        {
            Open(hint);
            Inline(node);
            return _first;
        }

        /// <summary>
        /// Opens a block, written one blank line after the last as its first line is. Its first line takes
        /// <paramref name="hint"/>; the lines a &lt;br&gt; broke it into go on with it (all of a caption is caption). A
        /// block the markup says nothing of is left to the layout pass.
        /// </summary>
        private void Open(LineHint hint)
        {
            _hint = hint;
            _rest = hint switch { LineHint.None => LineHint.None, LineHint.Caption or LineHint.Furniture => hint, _ => LineHint.Continuation };
            _first = 0;
        }

        /// <summary>
        /// The text of a node on one line, white space collapsed, a &lt;br&gt; kept as a line break; each line with
        /// where it starts in the page (its element, or the &lt;br&gt; before it), and the first after a list item's marker.
        /// </summary>
        private void Inline(INode node, string? marker = null)
        {
            _marker = marker;
            Line(PlaceOf(node));
            if (node.NodeType == NodeType.Text)
                Text(node.TextContent);
            else
                Append(node);
            _marker = null;
        }

        private void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Text)
                    Text(child.TextContent);
                else if (child is IElement { LocalName: "br" })
                    Line(PlaceOf(child));
                else if (child is IElement { LocalName: "script" or "style" or "img" })
                    continue;
                else
                    Append(child);
            }
        }

        /// <summary>Starts gathering a line that stands at <paramref name="at"/> of the page; it is written with its first word.</summary>
        private void Line(TextPosition at)
        {
            _lineAt = at;
            _inLine = false;
            _space = false;
        }

        /// <summary>Text of the line being gathered: its words, one space between; a line break in it starts the next line.</summary>
        private void Text(ReadOnlySpan<char> text)
        {
            var stops = breaks is null ? Spaces : SpacesAndBreaks;
            while (text.Length > 0)
            {
                int stop = text.IndexOfAny(stops);
                if (stop != 0)
                    Word(stop < 0 ? text : text[..stop]);
                if (stop < 0)
                    return;
                if (text[stop] == HtmlBreaks.Mark)
                {
                    Line(breaks!.At(HtmlBreaks.Read(text, stop, out int resume)));
                    text = text[resume..];
                }
                else
                {
                    _space = _inLine;
                    text = text[(stop + 1)..];
                }
            }
        }

        private void Word(ReadOnlySpan<char> word)
        {
            if (!_inLine)
                StartLine();
            else if (_space)
                _text.Append(' ');
            _space = false;
            _text.Append(word);
        }

        /// <summary>Writes the line end before a line (and the blank line before a block), and what is known of the line.</summary>
        private void StartLine()
        {
            if (_first == 0)
            {
                if (_text.Length > 0)
                {
                    _text.Append('\n', 2);
                    Known(LineHint.None, TextPosition.Empty);
                }
                _first = _hints.Count + 1;
                Known(_hint, _lineAt);
            }
            else
            {
                _text.Append('\n');
                Known(_rest, _lineAt);
            }
            if (_marker is not null)
            {
                _text.Append(_marker).Append(' ');
                _marker = null;
            }
            _inLine = true;
        }

        /// <summary>
        /// Where a node starts in the page: an element where its tag opens; bare text (which the parser does not
        /// place) where the element before it, or else its parent, opens: the nearest place known at or above it. A
        /// line break in text before it is such a place, as the &lt;br&gt; element is.
        /// </summary>
        private TextPosition PlaceOf(INode node)
        {
            for (var at = node; at is not null; at = at.PreviousSibling ?? at.Parent)
            {
                if (places.TryGetValue(at, out var position))
                    return position;
                if (breaks is not null && at != node && at is IText text && text.Data.LastIndexOf(HtmlBreaks.Mark) is >= 0 and var mark)
                    return breaks.At(HtmlBreaks.Read(text.Data, mark, out _));
            }
            return TextPosition.Empty;
        }

        private void Known(LineHint hint, TextPosition at) => lines.Add(hint, at);
    }

    /// <summary>The lines a page's article is written as, with what is known of each: no part of the page's tree.</summary>
    private sealed class HtmlLines(int breaks)
    {
        // The line and column of each line's place, in the 16 bits each the parser keeps them in: one number a line. As
        // many as the line breaks written as text, and a few, from the start: a list grown by doubling holds half as much again while it grows.
        private readonly List<uint> _places = new(breaks + 64);

        public StringBuilder Text { get; } = new();

        /// <summary>The hint of each line written (index 0 is line 1).</summary>
        public List<LineHint> Hints { get; } = new(breaks + 64);

        /// <summary>The marker each list item's page draws, by the line the item opens on.</summary>
        public Dictionary<int, string> Markers { get; } = [];

        public IReadOnlyDictionary<int, string> ListMarkers => Markers;

        /// <summary>The line of the page's source where each line written starts its element (a &lt;br&gt; for a line it broke); 0 for a blank line.</summary>
        public int[] InputLines => Unpacked(16, 0xFFFF);

        /// <summary>The column of the page's source where each line's element starts, as <see cref="InputLines"/>.</summary>
        public int[] InputColumns => Unpacked(0, 0xFFFF);

        private int[] Unpacked(int shift, uint mask)
        {
            var values = new int[_places.Count];
            for (int i = 0; i < values.Length; i++)
                values[i] = (int)(_places[i] >> shift & mask);
            return values;
        }

        /// <summary>What is known of a line written, kept side by side: its hint and its place in the page (none for a blank).</summary>
        public void Add(LineHint hint, TextPosition at)
        {
            Hints.Add(hint);
            _places.Add((uint)at.Line << 16 | (uint)at.Column);
        }

        public override string ToString() => Text.Length == 0 ? "" : Text.Append('\n').ToString();
    }
}
