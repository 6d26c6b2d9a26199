using System.Buffers;
using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>
/// Finds every date written in a text — days, months, years, ranges, "mid-November",
/// "the end of July", "last month" — and normalises it to ISO 8601 with the report's year.
/// </summary>
public static partial class DateExtractor
{
    // Two scans, so that each can skip quickly to where it may match. Month words are matched as
    // capitalised words and checked against Data/months.tsv, so "may" the verb never matches and the
    // vocabulary stays data. No quantifier is nested in another, so a failed attempt costs at most a
    // few words. A full stop after a month is an abbreviation's ("Nov.") only after a word of three or
    // four letters.

    // Dates written with numbers: every branch opens with a capital or a digit.
    [GeneratedRegex("""
          (?<mdy>\b(?<mdyMonth>[A-Z][A-Za-z]{2,8})\.?\s+(?<mdyDay>\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d)
              (?:\s*[-–]\s*(?<mdyDay2>\d{1,2})\b(?![.,]?\d))?(?<mdyYearPart>,?\s+(?<mdyYear>\d{4})\b)?)
        | (?<dmy>\b(?<dmyDay>\d{1,2})\s+(?<dmyMonth>[A-Z][A-Za-z]{2,8})\b(?:(?<=\b[A-Z][a-z]{2,3})\.)?(?:,?\s+(?<dmyYear>\d{4})\b)?)
        | (?<my>\b(?<myMonth>[A-Z][A-Za-z]{2,8})\b\.?,?\s+(?<myYear>\d{4})\b)
        | \b(?<year>(?:19|20)\d{2})\b(?<=\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]etween|[Tt]hrough)\s+\d{4})(?!\s*[-–]?\s*\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedDate();

    // Dates written with words: every branch opens with one of a few words, which are searched for
    // first (vectorised), the pattern then tried right there; a "the" before "beginning", "end", ...
    // is taken in afterwards.
    private static readonly SearchValues<string> WordedStarts = SearchValues.Create(
        ["yesterday", "today", "last", "this", "early", "mid", "late", "beginning", "start", "middle", "end", "first", "second"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""
        \G(?:
          (?<rel>(?i:yesterday|today)\b|(?i:last|this)\s+(?:week|month|year)\b)
        | (?<mod>(?:(?<modWord>(?i:early|mid|late))(?:-|\s+)|(?<modPhrase>(?:beginning|start|middle|end|first\s+half|second\s+half)\s+of\s+))
              (?<modMonth>[A-Z][A-Za-z]{2,8})\b(?:(?<=\b[A-Z][a-z]{2,3})\.)?(?:,?\s+(?<modYear>\d{4})\b)?))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WordedDateAt();

    public static List<DateMention> Extract(string text, DateContext context)
    {
        var mentions = new List<DateMention>();
        Scan(NumberedDate(), text, context, mentions);
        int numbered = mentions.Count;
        ScanWorded(text, context, mentions);
        if (mentions.Count == numbered)
            return mentions;

        // Both scans found something: put the mentions in text order, and where two overlap
        // ("late November 2020" and "November 2020") keep the one that starts first and runs longest.
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<DateMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (kept.Count == 0 || mention.Start >= kept[^1].Start + kept[^1].Length)
                kept.Add(mention);
        }
        return kept;
    }

    private static void Scan(Regex regex, string text, DateContext context, List<DateMention> mentions)
    {
        int at = 0;
        while (at < text.Length)
        {
            var match = regex.Match(text, at);
            if (!match.Success)
                break;
            int before = mentions.Count;
            if (TryRead(match, text, context, mentions) && mentions.Count > before)
                at = match.Index + match.Length;
            else
                at = match.Index + 1; // a capitalised word that is no month: look again just after it
        }
    }

    private static void ScanWorded(string text, DateContext context, List<DateMention> mentions)
    {
        int at = 0;
        while (at < text.Length)
        {
            int found = text.AsSpan(at).IndexOfAny(WordedStarts);
            if (found < 0)
                break;
            int index = at + found;
            at = index + 1;
            if (index > 0 && char.IsLetterOrDigit(text[index - 1]))
                continue; // inside a word: "blend", "amid"
            var match = WordedDateAt().Match(text, index);
            int before = mentions.Count;
            if (match.Success && TryRead(match, text, context, mentions) && mentions.Count > before)
                at = match.Index + match.Length;
        }
    }

    private static bool TryRead(Match match, string text, DateContext context, List<DateMention> mentions)
    {
        if (match.Groups["rel"].Success)
            return TryRelative(match, text, context, mentions);
        if (match.Groups["mod"].Success)
            return TryModified(match, text, context, mentions);
        if (match.Groups["mdy"].Success)
            return TryMonthDay(match, context, mentions);
        if (match.Groups["dmy"].Success)
            return TryDayMonth(match, context, mentions);
        if (match.Groups["my"].Success)
            return TryMonthYear(match, mentions);
        if (match.Groups["year"].Success)
        {
            mentions.Add(Mention(match, match.Value, DateGranularity.Year));
            return true;
        }
        return false;
    }

    private static bool TryRelative(Match match, string text, DateContext context, List<DateMention> mentions)
    {
        // "Baghdad Today" is a name: a capital mid-sentence is not the word "today".
        if (char.IsUpper(match.Value[0]) && PrecededByWord(text, match.Index))
            return false;
        if (!context.HasYear)
            return false;

        var today = context.Today;
        string words = string.Join(' ', match.Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        (string value, DateGranularity granularity) = words switch
        {
            "yesterday" => (Day(today.AddDays(-1)), DateGranularity.Day),
            "today" => (Day(today), DateGranularity.Day),
            "last week" => (DateContext.IsoWeek(today.AddDays(-7)), DateGranularity.Week),
            "this week" => (DateContext.IsoWeek(today), DateGranularity.Week),
            "last month" => (Month(today.AddMonths(-1).Year, today.AddMonths(-1).Month), DateGranularity.Month),
            "this month" => (Month(today.Year, today.Month), DateGranularity.Month),
            "last year" => ((today.Year - 1).ToString("0000"), DateGranularity.Year),
            _ => (today.Year.ToString("0000"), DateGranularity.Year),
        };
        mentions.Add(new DateMention(match.Value, value, granularity, null, true, match.Index, match.Length));
        return true;
    }

    /// <summary>Where a "the " right before <paramref name="index"/> starts, or null.</summary>
    private static int? PrecededByThe(string text, int index)
    {
        int start = index - 4;
        return start >= 0 && text.AsSpan(start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
               && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? start : null;
    }

    private static bool TryModified(Match match, string text, DateContext context, List<DateMention> mentions)
    {
        if (!Months.TryParse(match.Groups["modMonth"].ValueSpan, out int month))
            return false;
        var yearGroup = match.Groups["modYear"];
        if (!yearGroup.Success && !context.HasYear)
            return false;
        int year = yearGroup.Success ? int.Parse(yearGroup.ValueSpan) : context.YearOf(month);
        string word = match.Groups["modWord"].Success ? match.Groups["modWord"].Value : match.Groups["modPhrase"].Value;
        var mention = Mention(match, Month(year, month), DateGranularity.Month) with { Modifier = ModifierOf(word) };
        if (match.Groups["modPhrase"].Success && PrecededByThe(text, match.Index) is int the)
            mention = mention with { Text = text[the..(match.Index + match.Length)], Start = the, Length = match.Index + match.Length - the };
        mentions.Add(mention);
        return true;
    }

    private static DateModifier ModifierOf(string word)
    {
        string w = word.ToLowerInvariant();
        if (w.Contains("early") || w.Contains("beginning") || w.Contains("start") || w.Contains("first"))
            return DateModifier.Early;
        if (w.Contains("mid"))
            return DateModifier.Mid;
        return DateModifier.Late;
    }

    private static bool TryMonthDay(Match match, DateContext context, List<DateMention> mentions)
    {
        if (!Months.TryParse(match.Groups["mdyMonth"].ValueSpan, out int month))
            return false;
        var dayGroup = match.Groups["mdyDay"];
        var day2Group = match.Groups["mdyDay2"];
        var yearGroup = match.Groups["mdyYear"];
        int day = int.Parse(dayGroup.ValueSpan);
        if (!yearGroup.Success && !context.HasYear)
            return false;
        int year = yearGroup.Success ? int.Parse(yearGroup.ValueSpan) : context.YearOf(month, Math.Max(day, 1));
        if (!IsDay(year, month, day))
            return false;

        if (!day2Group.Success)
        {
            mentions.Add(Mention(match, DayOf(year, month, day), DateGranularity.Day));
            return true;
        }

        // A range gives one mention per end: "June 8" and "14, 2017".
        int day2 = int.Parse(day2Group.ValueSpan);
        if (!IsDay(year, month, day2) || day2 <= day)
            return false;
        int firstEnd = dayGroup.Index + dayGroup.Length;
        mentions.Add(new DateMention(match.Value[..(firstEnd - match.Index)], DayOf(year, month, day),
            DateGranularity.Day, null, false, match.Index, firstEnd - match.Index));
        int secondEnd = match.Index + match.Length;
        mentions.Add(new DateMention(match.Value[(day2Group.Index - match.Index)..], DayOf(year, month, day2),
            DateGranularity.Day, null, false, day2Group.Index, secondEnd - day2Group.Index));
        return true;
    }

    private static bool TryDayMonth(Match match, DateContext context, List<DateMention> mentions)
    {
        if (!Months.TryParse(match.Groups["dmyMonth"].ValueSpan, out int month))
            return false;
        int day = int.Parse(match.Groups["dmyDay"].ValueSpan);
        var yearGroup = match.Groups["dmyYear"];
        if (!yearGroup.Success && !context.HasYear)
            return false;
        int year = yearGroup.Success ? int.Parse(yearGroup.ValueSpan) : context.YearOf(month, Math.Max(day, 1));
        if (!IsDay(year, month, day))
            return false;
        mentions.Add(Mention(match, DayOf(year, month, day), DateGranularity.Day));
        return true;
    }

    private static bool TryMonthYear(Match match, List<DateMention> mentions)
    {
        if (!Months.TryParse(match.Groups["myMonth"].ValueSpan, out int month))
            return false;
        int year = int.Parse(match.Groups["myYear"].ValueSpan);
        if (year is < 1900 or > 2200)
            return false;
        mentions.Add(Mention(match, Month(year, month), DateGranularity.Month));
        return true;
    }

    private static DateMention Mention(Match match, string value, DateGranularity granularity) =>
        new(match.Value, value, granularity, null, false, match.Index, match.Length);

    private static bool PrecededByWord(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && char.IsLetter(text[i]);
    }

    private static bool IsDay(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static string DayOf(int year, int month, int day) => Day(new DateOnly(year, month, day));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Month(int year, int month) => $"{year:0000}-{month:00}";
}
