using System.Text;
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
    private const char Digit = '\uDC00';
    private const int DigitBits = 10;
    private const int Digits = 3;

    /// <summary>The shortest tag written as text, "&lt;br&gt;": a mark and its three digits.</summary>
    public const int ShortestTag = 1 + Digits;

    /// <summary>Whether a page's text leaves the mark and the fill to the line breaks: it holds neither.</summary>
    public static bool CanWrite(string html) => html.AsSpan().IndexOfAny(Mark, Fill) < 0;

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

    /// <summary>The text that stands for a tag of <paramref name="length"/> characters at <paramref name="offset"/> of the page.</summary>
    public static void Write(StringBuilder to, int offset, int length)
    {
        to.Append(Mark);
        for (int shift = (Digits - 1) * DigitBits; shift >= 0; shift -= DigitBits)
            to.Append((char)(Digit + ((offset >> shift) & ((1 << DigitBits) - 1))));
        to.Append(Fill, length - ShortestTag);
    }

    /// <summary>
    /// The offset in the page of the tag whose mark stands at <paramref name="mark"/> of <paramref name="text"/> (-1 if
    /// its digits are not there), and where the text after it resumes.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int mark, out int resume)
    {
        int offset = 0, i = mark + 1;
        for (int d = 0; d < Digits; d++, i++)
        {
            if (i >= text.Length || (uint)(text[i] - Digit) >= 1u << DigitBits)
            {
                offset = -1;
                break;
            }
            offset = offset << DigitBits | (text[i] - Digit);
        }
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
        return document.DocumentElement is { } root && StandIn(root, apart: false, ref found) && found == written;
    }

    private static bool StandIn(IElement element, bool apart, ref int found)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                int count = text.Data.AsSpan().Count(Mark);
                if (count > 0 && (apart || element.LocalName == "html"))
                    return false;
                found += count;
            }
            else if (child is IElement inner
                && !StandIn(inner, apart || inner.NamespaceUri != NamespaceNames.HtmlUri || NotTextIn.Contains(inner.LocalName), ref found))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The line and column the HTML parser gives a tag at an offset of the page it reads: lines counted after each LF,
    /// CR or CRLF, columns from 1 (both as the parser keeps them, in 16 bits).
    /// </summary>
    /// <remarks>Kept as where each line of the page starts, not as the page, which the parser is then alone to hold.</remarks>
    public sealed class Places(string html)
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

        private static int[] LineStarts(string html)
        {
            var starts = new List<int> { 0 };
            for (int i = html.AsSpan().IndexOfAny('\r', '\n'); i >= 0;)
            {
                if (html[i] == '\r' && i + 1 < html.Length && html[i + 1] == '\n')
                    i++;
                starts.Add(i + 1);
                int next = html.AsSpan(i + 1).IndexOfAny('\r', '\n');
                i = next < 0 ? -1 : i + 1 + next;
            }
            return [.. starts];
        }
    }
}
