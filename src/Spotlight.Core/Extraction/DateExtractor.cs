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
    // capitalised words and checked against the profile's month table, so "may" the verb never matches and the
    // vocabulary stays data. No quantifier is nested in another, so a failed attempt costs at most a
    // few words. A full stop after a month is an abbreviation's ("Nov.") only after a word of three or
    // four letters.

    // Dates written with numbers: every branch opens with a capital or a digit.
    [GeneratedRegex("""
          (?<mdy>\b(?<mdyMonth>[A-Z][A-Za-z]{2,8})\.?\s+(?<mdyDay>[0-9]{1,2})(?:st|nd|rd|th)?\b(?![.,]?[0-9])
              (?:\s*[-–]\s*(?<mdyDay2>[0-9]{1,2})\b(?![.,]?[0-9]))?(?<mdyYearPart>,?\s+(?<mdyYear>[0-9]{4})\b)?)
        | (?<dmy>\b(?<dmyDay>[0-9]{1,2})\s+(?<dmyMonth>[A-Z][A-Za-z]{2,8})\b(?:(?<=\b[A-Z][a-z]{2,3})\.)?(?:,?\s+(?<dmyYear>[0-9]{4})\b)?)
        | (?<my>\b(?<myMonth>[A-Z][A-Za-z]{2,8})\b\.?,?\s+(?<myYear>[0-9]{4})\b)
        | \b(?<year>(?:19|20)[0-9]{2})\b(?<=\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]etween|[Tt]hrough)\s+[0-9]{4})(?!\s*[-–]?\s*[0-9])
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
              (?:(?<modMonth>[A-Z][A-Za-z]{2,8})\b(?:(?<=\b[A-Z][a-z]{2,3})\.)?(?:,?\s+(?<modYear>[0-9]{4})\b)?
              | (?<modYearAlone>(?:19|20)[0-9]{2})\b(?!\s{0,3}[-–]?\s{0,3}[0-9]))))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WordedDateAt();

    public static List<DateMention> Extract(string text, DateContext context)
    {
        var mentions = new List<DateMention>();
        ScanNumbered(text, context, mentions);
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

    /// <summary>
    /// Numbered dates are located by the regex without allocating a match object, then read by hand:
    /// the regex has already fixed their shape, so reading is a walk over letters and digits.
    /// </summary>
    private static void ScanNumbered(string text, DateContext context, List<DateMention> mentions)
    {
        int at = 0;
        while (at < text.Length)
        {
            var found = NumberedDate().EnumerateMatches(text, at);
            if (!found.MoveNext())
                break;
            var match = found.Current;
            // A capitalised word that is no month ("Tehran 5"): look again just after it.
            at = ReadNumbered(text, match.Index, match.Length, context, mentions) ? match.Index + match.Length : match.Index + 1;
        }
    }

    private static bool ReadNumbered(string text, int start, int length, DateContext context, List<DateMention> mentions)
    {
        var span = text.AsSpan(start, length);
        if (char.IsAsciiDigit(span[0]))
        {
            int dayEnd = DigitsEnd(span, 0);
            if (dayEnd == span.Length && dayEnd == 4)
            {
                mentions.Add(new DateMention(text.Substring(start, length), text.Substring(start, length), DateGranularity.Year, null, false, start, length));
                return true;
            }
            // 6 November 2021
            int day = int.Parse(span[..dayEnd]);
            int monthStart = SkipSpaces(span, dayEnd);
            int monthEnd = LettersEnd(span, monthStart);
            if (!context.Months.TryParse(span[monthStart..monthEnd], out int month))
                return false;
            int yearStart = FindDigits(span, monthEnd);
            if (yearStart < 0 && !context.HasYear)
                return false;
            int year = yearStart >= 0 ? int.Parse(span[yearStart..DigitsEnd(span, yearStart)]) : context.YearOf(month, Math.Max(day, 1));
            return Add(text, start, length, year, month, day, mentions);
        }

        int wordEnd = LettersEnd(span, 0);
        if (!context.Months.TryParse(span[..wordEnd], out int m))
            return false;
        int numberStart = FindDigits(span, wordEnd);
        int numberEnd = DigitsEnd(span, numberStart);
        if (numberEnd - numberStart == 4)
        {
            // November 2021
            int y = int.Parse(span[numberStart..numberEnd]);
            if (y is < 1900 or > 2200)
                return false;
            mentions.Add(new DateMention(text.Substring(start, length), Month(y, m), DateGranularity.Month, null, false, start, length));
            return true;
        }

        // November 6, November 6, 2021, November 4-6, June 8-14, 2017
        int d = int.Parse(span[numberStart..numberEnd]);
        int afterDay = numberEnd;
        while (afterDay < span.Length && char.IsAsciiLetterLower(span[afterDay]))
            afterDay++; // 6th
        int next = SkipSpaces(span, afterDay);
        int day2Start = -1, yearAt = -1;
        if (next < span.Length && span[next] is '-' or '–')
        {
            day2Start = SkipSpaces(span, next + 1);
            next = DigitsEnd(span, day2Start);
        }
        int yearDigits = FindDigits(span, next);
        if (yearDigits >= 0 && DigitsEnd(span, yearDigits) - yearDigits == 4)
            yearAt = yearDigits;
        if (yearAt < 0 && !context.HasYear)
            return false;
        int yr = yearAt >= 0 ? int.Parse(span[yearAt..(yearAt + 4)]) : context.YearOf(m, Math.Max(d, 1));
        if (day2Start < 0)
            return Add(text, start, length, yr, m, d, mentions);

        // A range gives one mention per end: "June 8" and "14, 2017".
        int d2 = int.Parse(span[day2Start..DigitsEnd(span, day2Start)]);
        if (!IsDay(yr, m, d) || !IsDay(yr, m, d2) || d2 <= d)
            return false;
        mentions.Add(new DateMention(text.Substring(start, afterDay), DayOf(yr, m, d), DateGranularity.Day, null, false, start, afterDay));
        mentions.Add(new DateMention(text.Substring(start + day2Start, length - day2Start), DayOf(yr, m, d2), DateGranularity.Day, null, false,
            start + day2Start, length - day2Start));
        return true;
    }

    private static bool Add(string text, int start, int length, int year, int month, int day, List<DateMention> mentions)
    {
        if (!IsDay(year, month, day))
            return false;
        mentions.Add(new DateMention(text.Substring(start, length), DayOf(year, month, day), DateGranularity.Day, null, false, start, length));
        return true;
    }

    private static int DigitsEnd(ReadOnlySpan<char> span, int at)
    {
        while (at < span.Length && char.IsAsciiDigit(span[at])) at++;
        return at;
    }

    private static int LettersEnd(ReadOnlySpan<char> span, int at)
    {
        while (at < span.Length && char.IsAsciiLetter(span[at])) at++;
        return at;
    }

    private static int SkipSpaces(ReadOnlySpan<char> span, int at)
    {
        while (at < span.Length && (char.IsWhiteSpace(span[at]) || span[at] is '.' or ',')) at++;
        return at;
    }

    private static int FindDigits(ReadOnlySpan<char> span, int at)
    {
        int found = at < span.Length ? span[at..].IndexOfAnyInRange('0', '9') : -1;
        return found < 0 ? -1 : at + found;
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

    /// <summary>
    /// "early November", "the end of July 2020", and a year alone after its modifier: "early 2015",
    /// "mid-2020", "the end of 2015" (year granularity). The text covers the modifier, not the "in" or
    /// "by" before it; a "the" before a phrase such as "end of" is taken in.
    /// </summary>
    private static bool TryModified(Match match, string text, DateContext context, List<DateMention> mentions)
    {
        string word = match.Groups["modWord"].Success ? match.Groups["modWord"].Value : match.Groups["modPhrase"].Value;
        DateMention mention;
        if (match.Groups["modYearAlone"] is { Success: true } alone)
        {
            mention = Mention(match, alone.Value, DateGranularity.Year) with { Modifier = ModifierOf(word) };
        }
        else
        {
            if (!context.Months.TryParse(match.Groups["modMonth"].ValueSpan, out int month))
                return false;
            var yearGroup = match.Groups["modYear"];
            if (!yearGroup.Success && !context.HasYear)
                return false;
            int year = yearGroup.Success ? int.Parse(yearGroup.ValueSpan) : context.YearOf(month);
            mention = Mention(match, Month(year, month), DateGranularity.Month) with { Modifier = ModifierOf(word) };
        }
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

    private static readonly DateOnly FirstDay = new(1900, 1, 1);

    /// <summary>The ISO days of 1900–2200, each made once: a report dense with citations names the same days again and again.</summary>
    private static string?[]? _days;

    private static string Day(DateOnly date)
    {
        int index = date.DayNumber - FirstDay.DayNumber;
        var days = _days ??= new string?[new DateOnly(2201, 1, 1).DayNumber - FirstDay.DayNumber];
        return (uint)index < (uint)days.Length
            ? days[index] ??= date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Month(int year, int month) => $"{year:0000}-{month:00}";
}
