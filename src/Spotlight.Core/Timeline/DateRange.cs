using System.Globalization;
using Spotlight.Model;

namespace Spotlight.Timeline;

/// <summary>The days from <see cref="Start"/> to <see cref="End"/>, both included.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>
    /// The days a date value covers at its granularity: a day itself, an ISO week from Monday to Sunday, a month, a year.
    /// Null for a value that names no day of the calendar (a year 0, a 53rd week of a year that has 52).
    /// </summary>
    public static DateRange? Of(string value, DateGranularity granularity)
    {
        var n = CultureInfo.InvariantCulture;
        switch (granularity)
        {
            case DateGranularity.Day when DateOnly.TryParseExact(value, "yyyy-MM-dd", n, DateTimeStyles.None, out var day):
                return new DateRange(day, day);
            case DateGranularity.Week when value.Length == 8 && value[4] == '-' && value[5] == 'W'
                && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, n, out int weekYear)
                && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, n, out int week)
                && weekYear >= 1 && week >= 1 && week <= ISOWeek.GetWeeksInYear(weekYear)
                && (weekYear < 9999 || week < ISOWeek.GetWeeksInYear(weekYear)):
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
                return new DateRange(monday, monday.AddDays(6));
            case DateGranularity.Month when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", n, DateTimeStyles.None, out var first):
                return new DateRange(first, first.AddMonths(1).AddDays(-1));
            case DateGranularity.Year when value.Length == 4
                && int.TryParse(value, NumberStyles.None, n, out int year) && year >= 1:
                return new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            default:
                return null;
        }
    }
}
