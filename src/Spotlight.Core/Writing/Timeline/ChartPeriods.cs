using System.Globalization;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// The x axis of a timeline's chart: every month from the first event's to the last's, empty ones too, so that a gap
/// in the archive shows as a gap. Past <see cref="MaxBars"/> months the bars would be too thin to read, so months are
/// grouped into years, or into spans of years aligned on their multiples (2, 5, 10 … years).
/// </summary>
/// <param name="First">The first month (<see cref="MonthOf"/>), at the start of its period.</param>
/// <param name="Months">Months per period: 1, or 12 times a number of years.</param>
/// <param name="Count">How many periods the axis has.</param>
public sealed record ChartPeriods(int First, int Months, int Count)
{
    public const int MaxBars = 120;

    // A calendar of years 1 to 9999 fits in 100 spans of a hundred years.
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100];

    /// <summary>A month as a number: the months since January of year 0.</summary>
    public static int MonthOf(DateOnly day) => day.Year * 12 + day.Month - 1;

    public static ChartPeriods Spanning(int firstMonth, int lastMonth)
    {
        int months = lastMonth - firstMonth + 1;
        if (months <= MaxBars)
            return new ChartPeriods(firstMonth, 1, months);
        int firstYear = firstMonth / 12, lastYear = lastMonth / 12;
        foreach (int years in YearSteps)
        {
            int start = firstYear - firstYear % years;
            int count = (lastYear - start) / years + 1;
            if (count <= MaxBars)
                return new ChartPeriods(start * 12, years * 12, count);
        }
        throw new ArgumentOutOfRangeException(nameof(lastMonth), "dates span more years than a calendar holds");
    }

    /// <summary>The period a month falls in.</summary>
    public int IndexOf(int month) => (month - First) / Months;

    /// <summary>"2021-03", "2021", or "2020–2024".</summary>
    public string Label(int index)
    {
        int start = First + index * Months;
        if (Months == 1)
            return $"{Year(start / 12)}-{start % 12 + 1:00}";
        int firstYear = start / 12, lastYear = firstYear + Months / 12 - 1;
        return Months == 12 ? Year(firstYear) : $"{Year(firstYear)}–{Year(lastYear)}";
    }

    /// <summary>What a period is called in a sentence: "month", "year", or "10 years".</summary>
    public string Per => Months switch
    {
        1 => "month",
        12 => "year",
        _ => $"{(Months / 12).ToString(CultureInfo.InvariantCulture)} years",
    };

    /// <summary>What a period is called on the axis: "Month", "Year", or "Years (10 per bar)".</summary>
    public string Unit => Months switch
    {
        1 => "Month",
        12 => "Year",
        _ => $"Years ({(Months / 12).ToString(CultureInfo.InvariantCulture)} per bar)",
    };

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}
