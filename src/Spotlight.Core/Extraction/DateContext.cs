using System.Globalization;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>
/// What a date written without its year is read against: the report's period, or failing that
/// the latest year written in the report. Relative words ("last month") count from the period's end. Month words
/// are those of the series profile's table.
/// </summary>
public sealed class DateContext
{
    private readonly DateOnly _start;
    private readonly DateOnly _end;

    private DateContext(DateOnly start, DateOnly end, bool hasYear, Months months)
    {
        _start = start;
        _end = end;
        HasYear = hasYear;
        Months = months;
    }

    public Months Months { get; }

    /// <summary>False when neither a period nor any year was found: dates without a year cannot be placed.</summary>
    public bool HasYear { get; }

    public static DateContext ForPeriod(Period period, Months months) =>
        period.End < period.Start ? new(period.End, period.Start, true, months) : new(period.Start, period.End, true, months);

    /// <summary>With no period, the whole latest year stands in for it.</summary>
    public static DateContext ForYear(int? year, Months months) => year is { } y
        ? new(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), true, months)
        : new(DateOnly.MinValue, DateOnly.MinValue, false, months);

    /// <summary>The anchor of relative words: the end of the period.</summary>
    public DateOnly Today => _end;

    /// <summary>The year that puts a day inside the period, or nearest to it.</summary>
    public int YearOf(int month, int day) => NearestYear(year =>
        day <= DateTime.DaysInMonth(year, month) ? (new DateOnly(year, month, day), new DateOnly(year, month, day)) : null);

    /// <summary>The year that puts a month inside the period, or nearest to it.</summary>
    public int YearOf(int month) => NearestYear(year =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))));

    /// <summary>Of the years around the period, the one whose span lies nearest to it (inside it: distance 0).</summary>
    private int NearestYear(Func<int, (DateOnly From, DateOnly To)?> spanIn)
    {
        int best = _end.Year;
        long bestDistance = long.MaxValue;
        for (int year = _start.Year - 1; year <= _end.Year + 1; year++)
        {
            // Read through .Value rather than a pattern: a negated pattern leaves the span unassigned to the
            // compiler once a mutation testing tool flips it, and the whole method then goes untested.
            var span = spanIn(year);
            if (span is null)
                continue;
            long distance = Distance(span.Value.From, span.Value.To);
            if (distance < bestDistance)
                (best, bestDistance) = (year, distance);
        }
        return best;
    }

    /// <summary>Days between the span [from, to] and the period; zero when they overlap.</summary>
    private long Distance(DateOnly from, DateOnly to)
    {
        if (to < _start) return _start.DayNumber - to.DayNumber;
        if (from > _end) return from.DayNumber - _end.DayNumber;
        return 0;
    }

    public static string IsoWeek(DateOnly date) =>
        $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}";
}
