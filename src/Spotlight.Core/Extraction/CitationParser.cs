using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>
/// Reads the sources a parenthesis cites: "(Fars, November 15)", "(@a, November 6, b_c, November 7)",
/// "(ISNA, May 11, 2016; Mehr, May 12, 2016)", "(Seraj24.ir)"; and a caption's "Source: …" tail.
/// A parenthesis that cites nothing — "(IRGC)", "(second from right)", a date alone — gives nothing.
/// </summary>
internal sealed partial class CitationParser(OutletTable outlets, MediaWords words)
{
    private const int MaxNameWords = 10;

    [GeneratedRegex(@"(?:^|[\s(])Sources?\s*:\s*(?<name>[^()]*?)[\s.]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SourceTail();

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
            segmentStart = date.Start + date.Length;
            first = false;
        }

        // What follows the last date is a source without a date ("(8news.ir)"), or a note to ignore.
        if (Name(text, segmentStart, contentEnd) is { } rest && IsName(text, rest, dated: false, commaBeforeDate: false))
            found.Add(Mention(text, rest, null));
        return found;
    }

    /// <summary>A caption's "Source: Fars News Agency" tail, when it has no parenthesis to cite.</summary>
    public SourceMention? ParseSourceTail(string caption, IReadOnlyList<DateMention> dates)
    {
        var match = SourceTail().Match(caption);
        if (!match.Success)
            return null;
        var group = match.Groups["name"];
        var date = dates.FirstOrDefault(d => d.Start >= group.Index && d.Start < group.Index + group.Length);
        int nameEnd = date is null ? group.Index + group.Length : date.Start;
        if (Name(caption, group.Index, nameEnd) is not { } name)
            return null;
        return Mention(caption, name, date);
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

    private SourceMention Mention(string text, TextSpan name, DateMention? date)
    {
        string written = text.Substring(name.Start, name.Length);
        int end = date is null ? name.End : date.Start + date.Length;
        return new SourceMention(written, outlets.Canonical(written), SourceKind.Citation, PlatformClassifier.Of(written),
            date?.Value, text[name.Start..end], name.Start, end - name.Start);
    }
}
