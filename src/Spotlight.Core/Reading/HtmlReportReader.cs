using Spotlight.Diagnostics;
using System.Text;
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

    public string Format => "html";

    public SourceText Read(ReadOnlySpan<byte> bytes)
    {
        var decoded = ReportText.Decode(bytes, declaredSingleByte: HtmlCharset.DeclaresWindows1252(bytes));
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new ReportReadException(bytes.Length == 0 ? "empty file" : "no text (only white space)");

        // Lines of the page are not lines of the text written below, so findings about the bytes name none.
        var findings = new List<Diagnostic>();
        if (decoded.Finding is { } finding)
            findings.Add(finding with { Line = null, Column = null });
        var (html, depth, elements) = HtmlNesting.Cap(decoded.Text);
        // The parser's tree takes some 400 bytes an element: a page of nothing but tags would take a hundred times its size.
        if (elements > MaxElements)
            throw new ReportReadException($"HTML has more than {MaxElements:N0} elements ({elements:N0})");
        if (depth > HtmlNesting.MaxDepth)
            findings.Add(DiagnosticRegistry.NestingFlattened.At(null, detail: $"{depth} levels, {HtmlNesting.MaxDepth} kept"));

        // Where each element starts in the page, so that a finding names the line of the page's source it was read from.
        var places = new Dictionary<INode, TextPosition>(ReferenceEqualityComparer.Instance);
        var document = new HtmlParser(new HtmlParserOptions { OnCreated = (element, position) => places[element] = position })
            .ParseDocument(html);
        var root = FindArticle(document);
        foreach (var element in root.QuerySelectorAll(Furniture).ToList())
            element.Remove();
        if (root == document.Body)
        {
            foreach (var element in root.QuerySelectorAll("body > header, body > footer, footer").ToList())
                element.Remove();
        }

        var text = new HtmlBlockWriter(places);
        var title = TitleOutside(document, root);
        foreach (var above in SiteTextAbove(root, title))
            text.SiteText(above);
        if (title is not null)
            text.Heading(title);
        text.Walk(root);
        string result = text.ToString();
        if (string.IsNullOrWhiteSpace(result))
            throw new ReportReadException("no article text in the page");
        var source = SourceText.From(result).WithHints(text.Hints).WithListMarkers(text.ListMarkers)
            .WithInputLines(text.InputLines, text.InputColumns);
        return findings.Aggregate(source, (source, f) => source.WithDiagnostic(f));
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
                length += text.Data.Trim().Length;
        }
        return length;
    }

    /// <summary>Walks the article's elements in document order and writes their text as blocks.</summary>
    private sealed class HtmlBlockWriter(Dictionary<INode, TextPosition> places)
    {
        private readonly StringBuilder _text = new();
        private readonly List<LineHint> _hints = [];
        private readonly List<int> _inputLines = [];
        private readonly List<int> _inputColumns = [];

        private readonly Dictionary<int, string> _markers = [];

        /// <summary>The hint of each line written (index 0 is line 1).</summary>
        public IReadOnlyList<LineHint> Hints => _hints;

        /// <summary>The line of the page's source where each line written starts its element (a &lt;br&gt; for a line it broke); 0 for a blank line.</summary>
        public int[] InputLines => [.. _inputLines];

        /// <summary>The column of the page's source where each line's element starts, as <see cref="InputLines"/>.</summary>
        public int[] InputColumns => [.. _inputColumns];

        /// <summary>The marker each list item's page draws, by the line the item opens on.</summary>
        public IReadOnlyDictionary<int, string> ListMarkers => _markers;

        public void Heading(IElement element) => Block(Inline(element), LineHint.Heading);

        /// <summary>
        /// The site's lines, one a line and set aside as furniture; a list's items each on a line after the marker
        /// the page draws ("1. Home"), as a copy of the page writes them.
        /// </summary>
        public void SiteText(IElement element)
        {
            var lines = element.LocalName is "ul" or "ol"
                ? element.Children.Where(c => c.LocalName == "li").SelectMany(li => WithMarker(Inline(li), HtmlListMarker.Of(li))).ToList()
                : Inline(element);
            Block(lines, LineHint.Furniture);
        }

        private static IEnumerable<PlacedLine> WithMarker(List<PlacedLine> lines, string? marker)
        {
            for (int i = 0; i < lines.Count; i++)
                yield return i == 0 && marker is not null ? lines[i] with { Text = marker + " " + lines[i].Text } : lines[i];
        }

        public void Walk(IElement element)
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement e)
                    Visit(e);
                else if (child.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(child.TextContent))
                    Block(Inline(child), LineHint.None);
            }
        }

        private void Visit(IElement element)
        {
            if (element.Matches(CaptionSelectors))
            {
                Block(Inline(element), LineHint.Caption);
                return;
            }
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Block(Inline(element), LineHint.Heading);
                    break;
                case "p" or "li" or "dd" or "dt" or "pre" or "address":
                    if (element.QuerySelector("p, li, div, " + CaptionSelectors) is not null)
                        Walk(element); // a list item holding paragraphs or a caption: its blocks, not one line
                    else if (element.LocalName == "li")
                        ListItem(element);
                    else
                        Block(Inline(element), LineHint.Paragraph);
                    break;
                case "img" or "picture" or "video" or "audio" or "source" or "br" or "hr":
                    break; // an image's alt text repeats its caption; it is not a second figure
                default:
                    if (IsBlockContainer(element))
                        Walk(element);
                    else
                        Block(Inline(element), LineHint.None);
                    break;
            }
        }

        private void ListItem(IElement item)
        {
            if (Block(Inline(item), LineHint.ListItem) is > 0 and var line && HtmlListMarker.Of(item) is { } marker)
                _markers[line] = marker;
        }

        private static bool IsBlockContainer(IElement element) =>
            element.LocalName is "div" or "section" or "article" or "main" or "header" or "footer" or "ul" or "ol" or "dl"
                or "blockquote" or "figure" or "table" or "thead" or "tbody" or "tr" or "td" or "th" or "center" or "body"
            || element.Children.Any(c => c.LocalName is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "ul" or "ol" or "figure" or "table");

        /// <summary>
        /// The text of an element on one line, white space collapsed, a &lt;br&gt; kept as a line break; each line with
        /// where it starts in the page (its element, or the &lt;br&gt; before it).
        /// </summary>
        private List<PlacedLine> Inline(INode node)
        {
            var pieces = new List<(StringBuilder Text, TextPosition At)> { (new StringBuilder(), PlaceOf(node)) };
            if (node.NodeType == NodeType.Text)
                pieces[0].Text.Append(node.TextContent.Replace('\n', ' ')); // bare text in a block: <div>text</div>
            else
                Append(node, pieces);
            var lines = new List<PlacedLine>(pieces.Count);
            foreach (var (text, at) in pieces)
            {
                string line = string.Join(' ', text.ToString().Split(
                    [' ', '\t', '\r', '\u00A0', '\u2007', '\u202F', '\u200B'], StringSplitOptions.RemoveEmptyEntries));
                if (line.Length > 0)
                    lines.Add(new PlacedLine(line, at));
            }
            return lines;
        }

        private void Append(INode node, List<(StringBuilder Text, TextPosition At)> pieces)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Text)
                    pieces[^1].Text.Append(child.TextContent.Replace('\n', ' '));
                else if (child is IElement { LocalName: "br" })
                    pieces.Add((new StringBuilder(), PlaceOf(child)));
                else if (child is IElement { LocalName: "script" or "style" or "img" })
                    continue;
                else
                    Append(child, pieces);
            }
        }

        /// <summary>
        /// Where a node starts in the page: an element where its tag opens; bare text (which the parser does not
        /// place) where the element before it, or else its parent, opens: the nearest place known at or above it.
        /// </summary>
        private TextPosition PlaceOf(INode node)
        {
            for (var at = node; at is not null; at = at.PreviousSibling ?? at.Parent)
            {
                if (places.TryGetValue(at, out var position))
                    return position;
            }
            return TextPosition.Empty;
        }

        /// <summary>
        /// Writes a block one blank line after the last. Its first line takes <paramref name="hint"/>; the lines a
        /// &lt;br&gt; broke it into go on with it (all of a caption is caption). A block the markup says nothing of
        /// is left to the layout pass. Returns the 1-based line the block opens on, or 0 for an empty block.
        /// </summary>
        private int Block(List<PlacedLine> block, LineHint hint)
        {
            if (block.Count == 0)
                return 0;
            if (_text.Length > 0)
            {
                _text.Append('\n', 2);
                Line(LineHint.None, TextPosition.Empty);
            }
            int first = _hints.Count + 1;
            var rest = hint switch { LineHint.None => LineHint.None, LineHint.Caption or LineHint.Furniture => hint, _ => LineHint.Continuation };
            for (int i = 0; i < block.Count; i++)
            {
                if (i > 0)
                    _text.Append('\n');
                _text.Append(block[i].Text);
                Line(i == 0 ? hint : rest, block[i].At);
            }
            return first;
        }

        /// <summary>What is known of each line written, kept side by side: its hint and its place in the page (none for a blank).</summary>
        private void Line(LineHint hint, TextPosition at)
        {
            _hints.Add(hint);
            _inputLines.Add(at.Line);
            _inputColumns.Add(at.Column);
        }

        public override string ToString() => _text.Length == 0 ? "" : _text.Append('\n').ToString();

        private readonly record struct PlacedLine(string Text, TextPosition At);
    }
}
