using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>
/// Reads the sources a parenthesis cites: "(Fars, November 15)", "(@a, November 6, b_c, November 7)",
/// "(ISNA, May 11, 2016; Mehr, May 12, 2016)", "(Seraj24.ir)"; and a caption's "Source: …" tail.
/// A parenthesis that cites nothing — "(IRGC)", "(second from right)", a date alone — gives nothing.
/// </summary>
internal sealed partial class CitationParser(OutletTable outlets, MediaWords words, Months months)
{
    private const int MaxNameWords = 10;

    /// <summary>The sources cited in one parenthesis, with <paramref name="dates"/> the dates found in the text.</summary>
    /// <param name="emptySource">Set when the parenthesis gives a date but an empty source: "(, May 28, 2017)".</param>
    public List<SourceMention> Parse(string text, TextSpan parenthesis, IReadOnlyList<DateMention> dates, out bool emptySource)
    {
        emptySource = false;
        var found = new List<SourceMention>();
        int contentStart = parenthesis.Start + 1, contentEnd = parenthesis.End - 1;
        int segmentStart = contentStart;
        bool first = true;

        var (firstDate, dateCount) = DatesWithin.Span(dates, parenthesis);
        for (int d = firstDate; d < firstDate + dateCount; d++)
        {
            var date = dates[d];
            var name = Name(text, segmentStart, date.Start);
            if (name is { } n && IsName(text, n, dated: true, CommaBetween(text, n.End, date.Start)))
                found.Add(Mention(text, n, date));
            else if (first && name is null && text.AsSpan(segmentStart, date.Start - segmentStart).Contains(','))
                emptySource = true;
            segmentStart = date.Span.End;
            first = false;
        }

        // What follows the last date is a source without a date ("(8news.ir)"), or a note to ignore.
        if (Name(text, segmentStart, contentEnd) is { } rest)
        {
            if (IsName(text, rest, dated: false, commaBeforeDate: false))
                found.Add(Mention(text, rest, null));
            // "(Fars, February 30)": a date no calendar has is no date, but the source before it is still cited.
            else if (ImpossibleDateTail().Match(text, rest.Start, rest.Length) is { Success: true } tail
                     && months.TryParse(tail.Groups["month"].ValueSpan, out _)
                     && Name(text, rest.Start, tail.Index) is { } named && IsName(text, named, dated: true, commaBeforeDate: true))
                found.Add(Mention(text, named, null));
        }
        return found;
    }

    // A day and month, perhaps a year, at the end of a citation, that the date extractor did not take for a date.
    [GeneratedRegex(@",\s*(?<month>\p{L}{3,9}\.?)\s+[0-9]{1,2}(?:,?\s+[0-9]{4})?\s*$")]
    private static partial Regex ImpossibleDateTail();

    /// <summary>
    /// A caption's "Source: …" tail, when its last parenthesis cites nothing: "Source: Fars News Agency",
    /// "Source: Tasnim, March 5", "Sources: Tasnim, March 5; Fars, March 6", "Source: Tasnim (March 5)".
    /// Each date in the tail closes the name before it; the label vouches for the first name, and any
    /// later one must read as a citation's would ("photo taken in Tehran on March 4" is no source).
    /// </summary>
    /// <param name="parentheses">The caption's parentheses, in order.</param>
    public List<SourceMention> ParseSourceTail(string caption, List<TextSpan> parentheses, IReadOnlyList<DateMention> dates)
    {
        var found = new List<SourceMention>();
        int end = caption.Length;
        while (end > 0 && (char.IsWhiteSpace(caption[end - 1]) || caption[end - 1] == '.'))
            end--;

        // "Source: Tasnim (March 5)": a closing parenthesis that holds only a date dates the name before it.
        if (parentheses.Count > 0 && parentheses[^1] is var last && last.End == end && DatesWithin.Only(caption, last, dates) is { } closingDate)
        {
            if (LabelEnd(caption, last.Start) is int from && Name(caption, from, last.Start) is { } dated)
                found.Add(Mention(caption, dated, closingDate, last.End));
            return found;
        }
        if (LabelEnd(caption, end) is not int start)
            return found;

        int segmentStart = start;
        var (firstDate, dateCount) = DatesWithin.Span(dates, new TextSpan(start, end - start));
        for (int d = firstDate; d < firstDate + dateCount; d++)
        {
            var date = dates[d];
            if (Name(caption, segmentStart, date.Start) is { } n
                && (found.Count == 0 || IsName(caption, n, dated: true, CommaBetween(caption, n.End, date.Start))))
                found.Add(Mention(caption, n, date));
            segmentStart = date.Span.End;
        }
        if (Name(caption, segmentStart, end) is { } rest && (dateCount == 0 || IsName(caption, rest, dated: false, commaBeforeDate: false)))
            found.Add(Mention(caption, rest, null));
        return found;
    }

    /// <summary>
    /// Where the name after a "Source:" or "Sources:" label starts, the label standing at the start of the
    /// caption, after a space or after "(", with no parenthesis between it and <paramref name="end"/>; null if none does.
    /// The first such label counts. One search over the text: linear whatever it holds.
    /// </summary>
    private static int? LabelEnd(string caption, int end)
    {
        int from = caption.AsSpan(0, end).LastIndexOfAny('(', ')') + 1;
        const string label = "source";
        for (int at = from; at < end;)
        {
            int hit = caption.AsSpan(at, end - at).IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
                return null;
            int i = at + hit;
            at = i + 1;
            if (i > 0 && !char.IsWhiteSpace(caption[i - 1]) && caption[i - 1] != '(')
                continue;
            int j = i + label.Length;
            if (j < end && caption[j] is 's' or 'S')
                j++;
            while (j < end && char.IsWhiteSpace(caption[j]))
                j++;
            if (j < end && caption[j] == ':')
                return j + 1;
        }
        return null;
    }

    /// <summary>The span of a source's name between two cuts, without separators and lead words.</summary>
    private TextSpan? Name(string text, int from, int to)
    {
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] is ',' or ';' or ':' or '-' or '–'))
            from++;
        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] is ',' or ';' or ':' or '-' or '–' or '.'))
            to--;
        var leads = words.CitationLeads;
        for (int l = 0; l < leads.Count; l++)
        {
            string lead = leads[l];
            if (to - from > lead.Length && text.AsSpan(from, lead.Length).Equals(lead, StringComparison.OrdinalIgnoreCase)
                && (lead.EndsWith(':') || char.IsWhiteSpace(text[from + lead.Length])))
            {
                from += lead.Length;
                while (from < to && char.IsWhiteSpace(text[from])) from++;
                break;
            }
        }
        return to > from ? new TextSpan(from, to - from) : null;
    }

    /// <summary>
    /// Whether a cut of a citation names a source. With a date beside it, any name that opens with a
    /// capital, a digit or a handle does: a short one as it stands, a longer one when a comma parts it
    /// from its date and it names a medium ("Telegram channel of the media unit of the joint operations
    /// room of the factions, May 3, 2024"). Without a date, only a known outlet, a website or a handle
    /// does, so that "(IRGC)" and notes such as "date of original photo unknown" give nothing.
    /// </summary>
    private bool IsName(string text, TextSpan span, bool dated, bool commaBeforeDate)
    {
        var name = text.AsSpan(span.Start, span.Length);
        if (PlatformClassifier.IsHandle(name) || PlatformClassifier.IsWebsite(name) || outlets.Knows(name))
            return true;
        if (!dated || !(char.IsUpper(name[0]) || char.IsDigit(name[0])))
            return false;
        return name.Count(' ') < MaxNameWords || (commaBeforeDate && IsLongName(name));
    }

    /// <summary>
    /// A name past <see cref="MaxNameWords"/> words is one source only if it reads as one: no clause in it
    /// (no comma, semicolon or colon) and a word that names a medium — a platform ("Telegram", "website")
    /// or a descriptor ("channel", "news agency"). A remark such as "(The attack was carried out by the
    /// factions near the base in the north, May 3)" names none.
    /// </summary>
    private bool IsLongName(ReadOnlySpan<char> name)
    {
        if (name.IndexOfAny(ClauseMarks) >= 0)
            return false;
        if (PlatformClassifier.NamesPlatform(name))
            return true;
        foreach (var range in name.Split(' '))
        {
            var word = name[range].TrimEnd('.');
            if (word.Length > 0 && words.IsDescriptor(word))
                return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:");

    /// <summary>Whether what stands between a name and its date is a comma alone: "Fars, November 15".</summary>
    private static bool CommaBetween(string text, int nameEnd, int dateStart) =>
        text.AsSpan(nameEnd, dateStart - nameEnd).Trim() is [','];

    /// <param name="end">Where the mention's text ends, when not at the end of its date or name: after "(March 5)".</param>
    private SourceMention Mention(string text, TextSpan name, DateMention? date, int? end = null)
    {
        string written = text.Substring(name.Start, name.Length);
        int stop = end ?? (date is null ? name.End : date.Span.End);
        return new SourceMention(written, outlets.Canonical(written), SourceKind.Citation, PlatformClassifier.Of(written),
            date?.Value, text[name.Start..stop], name.Start, stop - name.Start);
    }
}
