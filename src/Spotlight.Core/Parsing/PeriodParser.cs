using System.Text.RegularExpressions;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Finds the span of days a report covers in a header line, in all the ways the series writes it:
/// "November 4, 2021 – November 18, 2021", "October 26 – November 8, 2015", "June 6-19, 2016",
/// "19-27 September 2017", "August 31 – September 6 2017", "January 7- January 21, 2018", and with the dash lost in a repost when
/// both ends carry their year: "June 23, 2022 July 7, 2022".
/// </summary>
public static partial class PeriodParser
{
    // Month words are matched loosely here and checked against the profile's month table, so that the
    // vocabulary stays data.
    [GeneratedRegex("""
        (?<m1>\p{L}{3,9}\.?)\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y1>[0-9]{4}))?
        (?:\s*(?:[-‐‑‒–—]|\bto\b|\buntil\b|\bthrough\b)\s*|(?<=[0-9]{4})\s+(?=\p{L}))
        (?:(?<m2>\p{L}{3,9}\.?)\s+)?(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?,?\s*(?<y2>[0-9]{4})\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex("""
        \b(?<d1>[0-9]{1,2})(?:\s+(?<m1>\p{L}{3,9}\.?))?(?:,?\s+(?<y1>[0-9]{4}))?
        \s*(?:[-‐‑‒–—]|\bto\b|\buntil\b|\bthrough\b)\s*
        (?<d2>[0-9]{1,2})\s+(?<m2>\p{L}{3,9}\.?),?\s+(?<y2>[0-9]{4})\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    /// <summary>The first period written in <paramref name="line"/>, if any.</summary>
    public static bool TryFind(string line, Months months, out PeriodMatch period)
    {
        foreach (var regex in (ReadOnlySpan<Regex>)[MonthFirst(), DayFirst()])
        {
            for (var match = regex.Match(line); match.Success; match = match.NextMatch())
            {
                if (TryBuild(match, months, out period))
                    return true;
            }
        }
        period = default;
        return false;
    }

    private static bool TryBuild(Match match, Months months, out PeriodMatch period)
    {
        period = default;
        var m1Group = match.Groups["m1"];
        var m2Group = match.Groups["m2"];
        int m1 = 0, m2 = 0;
        if (m1Group.Success && !months.TryParse(m1Group.ValueSpan, out m1))
            return false;
        if (m2Group.Success && !months.TryParse(m2Group.ValueSpan, out m2))
            return false;
        if (!m1Group.Success && !m2Group.Success)
            return false;
        if (!m1Group.Success) m1 = m2;
        if (!m2Group.Success) m2 = m1;

        int d1 = int.Parse(match.Groups["d1"].ValueSpan);
        int d2 = int.Parse(match.Groups["d2"].ValueSpan);
        int y2 = int.Parse(match.Groups["y2"].ValueSpan);
        // A year written once belongs to the end; a start month after the end month is the year before.
        int y1 = match.Groups["y1"].Success ? int.Parse(match.Groups["y1"].ValueSpan) : (m1 > m2 ? y2 - 1 : y2);

        if (!IsDay(y1, m1, d1) || !IsDay(y2, m2, d2))
            return false;
        period = new PeriodMatch(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2), match.Value.Trim(), match.Index);
        return true;
    }

    private static bool IsDay(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}

/// <param name="Text">The period as written.</param>
/// <param name="Index">Where the period starts in the line.</param>
public readonly record struct PeriodMatch(DateOnly Start, DateOnly End, string Text, int Index);
