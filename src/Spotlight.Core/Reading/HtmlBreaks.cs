using AngleSharp.Dom;
using AngleSharp.Text;

namespace Spotlight.Reading;

/// <summary>
/// A &lt;br&gt; of a page written as text before the HTML parser reads it, so that a line break costs the parser's
/// tree no element (some 400 bytes each): a page that is one paragraph of &lt;br&gt;x&lt;br&gt;x… would otherwise take
/// a hundred and fifty times its size. The tag becomes as many characters as it had: a mark, three digits that say
/// where the tag stood in the page, and fill; the parser keeps them in the text around them, and the block writer
/// turns each mark back into the line break the element gave, at the line and column the parser gave the element.
/// </summary>
/// <remarks>
/// The mark and the fill are C1 controls that no character reference can give (the parser maps <c>&amp;#x80;</c> to €
/// and <c>&amp;#x82;</c> to ‚), and a page that holds either is read with its &lt;br&gt; as elements. The digits are
/// low surrogates, 10 bits each, which stand alone in no decoded text and which no reference gives alone either.
/// A tag is written as text only where the parser reads text and a &lt;br&gt; alike (see <see cref="HtmlNesting"/>):
/// not in a table, a select, a template, SVG or MathML, nor in raw text. That the parser put every mark in ordinary
/// text is checked after it has read the page (<see cref="StandAsWritten"/>); where it did not, the page is read again
/// with its &lt;br&gt; as elements.
/// </remarks>
internal static class HtmlBreaks
{
    public const char Mark = '\u0080';
    public const char Fill = '\u0082';

    /// <summary>The shortest tag written as text, "&lt;br&gt;": a mark and its three digits.</summary>
    public const int ShortestTag = 1 + MarkDigits.Count;

    /// <summary>
    /// Whether a page's text leaves the marks written into it to the reader: it holds none of the line breaks' mark and fill,
    /// nor the mark of a run of text stood in for (<see cref="HtmlStandIns"/>), which are written in the same places.
    /// </summary>
    public static bool CanWrite(string html) => html.AsSpan().IndexOfAny(Mark, Fill, HtmlStandIns.Mark) < 0;

    /// <summary>
    /// Whether the tag from <paramref name="at"/> to <paramref name="end"/> is a &lt;br&gt; the reader reads by its name
    /// alone, and so may be written as text: its name followed by what ends a name, all on one line (the lines of the
    /// page after it keep their numbers), and no attribute that could name it as the reader's selectors name blocks (a
    /// &lt;br class="share-…"&gt; is furniture, and a line break lost), nor a character reference that could spell one.
    /// </summary>
    public static bool IsPlainBreak(string html, int at, int end)
    {
        var tag = html.AsSpan(at, end - at);
        if (tag.Length < ShortestTag || (tag[1] | 0x20) != 'b' || (tag[2] | 0x20) != 'r' || tag[3] is not (' ' or '\t' or '\f' or '/' or '>'))
            return false;
        var attributes = tag[3..];
        if (attributes.IndexOfAny('\r', '\n') >= 0 || attributes.Contains('&'))
            return false;
        foreach (string word in HtmlReportReader.SelectorWords)
        {
            if (attributes.Contains(word, StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    /// <summary>Writes the text that stands for a tag at <paramref name="offset"/> of the page, as long as the tag was.</summary>
    public static void Write(Span<char> to, int offset)
    {
        to[0] = Mark;
        MarkDigits.Write(to.Slice(1, MarkDigits.Count), offset);
        to[ShortestTag..].Fill(Fill);
    }

    /// <summary>
    /// The offset in the page of the tag whose mark stands at <paramref name="mark"/> of <paramref name="text"/> (-1 if
    /// its digits are not there), and where the text after it resumes.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int mark, out int resume)
    {
        int offset = MarkDigits.Read(text, mark + 1);
        int i = offset < 0 ? mark + 1 : mark + 1 + MarkDigits.Count;
        while (i < text.Length && text[i] == Fill)
            i++;
        resume = i;
        return offset;
    }

    /// <summary>The length of a text's words with the line breaks in it left out, as the lengths of the texts between them trimmed.</summary>
    public static int TrimmedLength(string text)
    {
        int length = 0, start = 0;
        while (true)
        {
            int mark = text.IndexOf(Mark, start);
            length += text.AsSpan(start, (mark < 0 ? text.Length : mark) - start).Trim().Length;
            if (mark < 0)
                return length;
            Read(text, mark, out start);
        }
    }

    // Elements in which a line break cannot stand as text: the parser reads a <br> there otherwise than text (a select,
    // where it is dropped or holds what follows; a table, where it is moved out; the page's head), or reads no tag at all.
    private static readonly HashSet<string> NotTextIn = new(StringComparer.Ordinal)
    {
        "head", "select", "datalist", "option", "optgroup", "table", "template", "frameset",
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "plaintext",
    };

    /// <summary>
    /// Whether the parser put each of the <paramref name="written"/> line breaks in the text of HTML elements where a
    /// &lt;br&gt; would have stood as an element: none lost in a comment or an attribute, none in raw text, in foreign
    /// content, or in an element above that reads a &lt;br&gt; otherwise (<see cref="NotTextIn"/>).
    /// </summary>
    public static bool StandAsWritten(IDocument document, int written)
    {
        int found = 0;
        foreach (var (text, apart) in Texts(document))
        {
            int count = text.Data.AsSpan().Count(Mark);
            if (count > 0 && apart)
                return false;
            found += count;
        }
        return found == written;
    }

    /// <summary>
    /// The text nodes of a page in document order, each with whether it stands apart from the text a &lt;br&gt; is read
    /// in: in raw text, in foreign content, right in the &lt;html&gt; element, or in an element that reads a &lt;br&gt;
    /// otherwise (<see cref="NotTextIn"/>).
    /// </summary>
    public static IEnumerable<(IText Text, bool Apart)> Texts(IDocument document)
    {
        if (document.DocumentElement is not { } root)
            yield break;
        // A stack rather than recursion: each level of an iterator's recursion would pass every node below it up through it.
        var stack = new Stack<(IElement Element, bool Apart, int Next)>();
        stack.Push((root, false, 0));
        while (stack.TryPop(out var level))
        {
            var children = level.Element.ChildNodes;
            for (int i = level.Next; i < children.Length; i++)
            {
                if (children[i] is IText text)
                {
                    yield return (text, level.Apart || level.Element.LocalName == "html");
                }
                else if (children[i] is IElement inner)
                {
                    stack.Push(level with { Next = i + 1 });
                    stack.Push((inner, level.Apart || inner.NamespaceUri != NamespaceNames.HtmlUri || NotTextIn.Contains(inner.LocalName), 0));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The line and column the HTML parser gives a tag at an offset of the page it reads: lines counted after each LF,
    /// CR or CRLF, columns from 1 (both as the parser keeps them, in 16 bits).
    /// </summary>
    /// <remarks>Kept as where each line of the page starts, not as the page, which the parser is then alone to hold.</remarks>
    public sealed class Places(ReadOnlySpan<char> html)
    {
        private readonly int[] _lineStarts = LineStarts(html);
        private readonly int _length = html.Length;

        public TextPosition At(int offset)
        {
            if (offset < 0 || offset >= _length)
                return TextPosition.Empty;
            int line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0)
                line = ~line - 1;
            return new TextPosition(unchecked((ushort)(line + 1)), unchecked((ushort)(offset - _lineStarts[line] + 1)), offset + 1);
        }

        private static int[] LineStarts(ReadOnlySpan<char> html)
        {
            var starts = new List<int> { 0 };
            for (int i = html.IndexOfAny('\r', '\n'); i >= 0;)
            {
                if (html[i] == '\r' && i + 1 < html.Length && html[i + 1] == '\n')
                    i++;
                starts.Add(i + 1);
                int next = html[(i + 1)..].IndexOfAny('\r', '\n');
                i = next < 0 ? -1 : i + 1 + next;
            }
            return [.. starts];
        }
    }
}
