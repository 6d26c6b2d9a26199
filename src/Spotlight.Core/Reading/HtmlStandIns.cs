using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Dom;

namespace Spotlight.Reading;

/// <summary>
/// The long runs of a page's text given to the HTML parser as short stand-ins, and put back into its tree once it has
/// read the page. The parser's tokenizer copies all it reads into one buffer as long as the page (rounded up to a power of
/// two) and makes a string of each run of text, so a page that is one long paragraph took the page, twice its length
/// of buffer and the paragraph again: ten times its size. A stand-in is a mark and the digits of where its run starts
/// in the page and how long it is (<see cref="MarkDigits"/>); the parser keeps it in the text around it as it would
/// have kept the run.
/// </summary>
/// <remarks>
/// A run is stood in for only where the parser copies text as it stands, and reads it as it reads any other text: in
/// the runs <see cref="HtmlNesting"/> finds where a &lt;br&gt; may be written as text (not in a table, a select, a
/// template, SVG or MathML, nor in raw text); without a character reference, a NUL or U+FFFF (a CR, which the parser
/// reads as LF, is put back as it reads it); and from a character that is not white space, which the parser reads otherwise in places (before the body, the first
/// line break in a &lt;pre&gt;). That the parser put every stand-in in ordinary text is checked as they are put back
/// (<see cref="Resolve"/>); where it did not, the page is read again without them.
/// </remarks>
internal sealed class HtmlStandIns
{
    /// <summary>A C1 control that no character reference gives (the parser maps <c>&amp;#x83;</c> to ƒ).</summary>
    public const char Mark = '\u0083';

    /// <summary>The shortest run stood in for: shorter ones cost the parser little, and a report's paragraph is shorter.</summary>
    public const int ShortestRun = 4096;

    private const int Length = 1 + 2 * MarkDigits.Count;

    // What the tokenizer does not copy as it stands, or ends a run at: a character reference, NUL, and U+FFFF (its end of input).
    private static readonly SearchValues<char> NotCopied = SearchValues.Create("&\0\uFFFF");

    // Where each stand-in is in the page the parser reads, where its run starts in the page, and the run's length.
    private readonly int[] _parsedAt, _pageAt, _length;

    private HtmlStandIns(int[] parsedAt, int[] pageAt, int[] length) => (_parsedAt, _pageAt, _length) = (parsedAt, pageAt, length);

    /// <summary>How many runs were stood in for.</summary>
    public int Count => _parsedAt.Length;

    /// <summary>
    /// The page as the parser is to read it, each run of text of at least <paramref name="shortest"/> characters in
    /// <paramref name="runs"/> stood in for; the stand-ins, or null when no run was (and the page is then the page given).
    /// </summary>
    public static (string Page, HtmlStandIns? StandIns) Write(ReadOnlyMemory<char> page, IReadOnlyList<(int Start, int End)> runs, int shortest = ShortestRun)
    {
        var html = page.Span;
        shortest = Math.Max(shortest, Length + 1);
        StringBuilder? parsed = null;
        Span<char> digits = stackalloc char[MarkDigits.Count];
        List<int> parsedAt = [], pageAt = [], length = [];
        int copied = 0;
        foreach (var (start, end) in runs)
        {
            if (end > MarkDigits.Limit)
                break; // where the digits cannot say
            for (int at = start; at < end;)
            {
                int stop = html[at..end].IndexOfAny(NotCopied);
                stop = stop < 0 ? end : at + stop;
                int from = at;
                // Not the name of a character reference, which the parser reads on past the '&' before it.
                if (at > start && html[at - 1] == '&')
                {
                    while (from < stop && (char.IsAsciiLetterOrDigit(html[from]) || html[from] == '#'))
                        from++;
                    if (from < stop && html[from] == ';')
                        from++;
                }
                while (from < stop && HtmlNesting.IsSpace(html[from]))
                    from++;
                if (stop - from >= shortest)
                {
                    parsed ??= new StringBuilder();
                    parsed.Append(html[copied..from]);
                    parsedAt.Add(parsed.Length);
                    pageAt.Add(from);
                    length.Add(stop - from);
                    parsed.Append(Mark);
                    MarkDigits.Write(digits, from);
                    parsed.Append(digits);
                    MarkDigits.Write(digits, stop - from);
                    parsed.Append(digits);
                    copied = stop;
                }
                at = stop + 1;
            }
        }
        if (parsed is null)
            return (MemoryMarshal.TryGetString(page, out string? whole, out int offset, out int count) && offset == 0 && count == whole.Length ? whole : page.ToString(), null);
        parsed.Append(html[copied..]);
        return (parsed.ToString(), new HtmlStandIns([.. parsedAt], [.. pageAt], [.. length]));
    }

    /// <summary>Where in the page an offset of the page the parser read stands (the start of its run, inside a stand-in).</summary>
    public int InPage(int parsed)
    {
        int i = Array.BinarySearch(_parsedAt, parsed);
        if (i < 0)
            i = ~i - 1;
        if (i < 0)
            return parsed;
        return parsed < _parsedAt[i] + Length ? _pageAt[i] : _pageAt[i] + _length[i] + (parsed - _parsedAt[i] - Length);
    }

    /// <summary>
    /// Puts each run back in place of its stand-in, in the text nodes of the parser's tree; whether every stand-in was
    /// found, each in ordinary text (see <see cref="HtmlBreaks.Texts"/>). Each text node that held one is replaced by a new
    /// one, made once at its length: setting its data would copy it twice.
    /// </summary>
    public bool Resolve(IDocument document, ReadOnlyMemory<char> html)
    {
        var held = new List<IText>();
        int found = 0;
        foreach (var (text, apart) in HtmlBreaks.Texts(document))
        {
            int count = text.Data.AsSpan().Count(Mark);
            if (count == 0)
                continue;
            if (apart)
                return false;
            found += count;
            held.Add(text);
        }
        if (found != Count)
            return false;
        foreach (var text in held)
        {
            if (Resolved(text.Data, html) is not { } data)
                return false;
            text.Parent!.ReplaceChild(document.CreateTextNode(data), text);
        }
        return true;
    }

    /// <summary>A text node's data with its runs put back, or null where a stand-in's digits are not whole.</summary>
    private static string? Resolved(string data, ReadOnlyMemory<char> html)
    {
        int length = data.Length;
        for (int mark = data.IndexOf(Mark); mark >= 0; mark = data.IndexOf(Mark, mark + Length))
        {
            if (Run(data, mark, html.Length) is not var (start, count))
                return null;
            length += ReadLength(html.Span.Slice(start, count)) - Length;
        }
        return string.Create(length, (data, html), static (to, state) =>
        {
            var (data, html) = state;
            int at = 0;
            for (int mark; (mark = data.IndexOf(Mark, at)) >= 0; at = mark + Length)
            {
                data.AsSpan(at, mark - at).CopyTo(to);
                to = to[(mark - at)..];
                var (start, count) = Run(data, mark, html.Length)!.Value;
                to = to[CopyAsRead(html.Span.Slice(start, count), to)..];
            }
            data.AsSpan(at).CopyTo(to);
        });
    }

    /// <summary>Where the run of the stand-in at <paramref name="mark"/> starts in the page and how long it is; null where its digits say no run of the page.</summary>
    private static (int Start, int Count)? Run(string data, int mark, int pageLength)
    {
        int start = MarkDigits.Read(data, mark + 1), count = MarkDigits.Read(data, mark + 1 + MarkDigits.Count);
        return start < 0 || count < 0 || start + count > pageLength ? null : (start, count);
    }

    /// <summary>The length of a run as the parser reads it: each CRLF, and each CR alone, one LF.</summary>
    private static int ReadLength(ReadOnlySpan<char> run) => run.Length - run.Count("\r\n");

    /// <summary>Copies a run as the parser reads it (see <see cref="ReadLength"/>); how many characters were written.</summary>
    private static int CopyAsRead(ReadOnlySpan<char> run, Span<char> to)
    {
        int written = 0;
        while (true)
        {
            int cr = run.IndexOf('\r');
            var plain = cr < 0 ? run : run[..cr];
            plain.CopyTo(to[written..]);
            written += plain.Length;
            if (cr < 0)
                return written;
            to[written++] = '\n';
            run = run[(cr + 1 < run.Length && run[cr + 1] == '\n' ? cr + 2 : cr + 1)..];
        }
    }
}
