using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>The chart's x axis: every month up to 120, then years, then spans of years on their multiples.</summary>
public sealed class ChartPeriodsTests
{
    private static int Month(int year, int month) => ChartPeriods.MonthOf(new DateOnly(year, month, 1));

    private static List<string> Labels(ChartPeriods periods) => [.. Enumerable.Range(0, periods.Count).Select(periods.Label)];

    [Test]
    public void Up_to_120_months_each_month_is_a_place()
    {
        var periods = ChartPeriods.Spanning(Month(2020, 11), Month(2021, 2));
        Assert.That(Labels(periods), Is.EqualTo(new[] { "2020-11", "2020-12", "2021-01", "2021-02" }));
        Assert.That((periods.Unit, periods.IndexOf(Month(2021, 1))), Is.EqualTo(("Month", 2)));
        Assert.That(ChartPeriods.Spanning(Month(2011, 1), Month(2020, 12)).Count, Is.EqualTo(120));
    }

    [Test]
    public void Past_120_months_each_year_is_a_place()
    {
        var periods = ChartPeriods.Spanning(Month(2011, 1), Month(2021, 1));
        Assert.That(Labels(periods), Is.EqualTo(Enumerable.Range(2011, 11).Select(year => year.ToString())));
        Assert.That((periods.Unit, periods.IndexOf(Month(2013, 12)), periods.IndexOf(Month(2014, 1))), Is.EqualTo(("Year", 2, 3)));
    }

    [Test]
    public void Past_120_years_spans_of_years_start_on_their_multiples()
    {
        var periods = ChartPeriods.Spanning(Month(1850, 6), Month(2021, 3));
        Assert.That(Labels(periods)[..2], Is.EqualTo(new[] { "1850–1851", "1852–1853" }));
        Assert.That((periods.Count, periods.Unit, periods.IndexOf(Month(2021, 3))), Is.EqualTo((86, "Years (2 per bar)", 85)));
        Assert.That((periods.Per, ChartPeriods.Spanning(Month(2011, 1), Month(2021, 1)).Per, ChartPeriods.Spanning(Month(2011, 1), Month(2011, 1)).Per),
            Is.EqualTo(("2 years", "year", "month")));

        var calendar = ChartPeriods.Spanning(Month(1, 1), Month(9999, 12));
        Assert.That((calendar.Count, Labels(calendar)[0], Labels(calendar)[^1]), Is.EqualTo((100, "0000–0099", "9900–9999")));
        Assert.That(calendar.IndexOf(Month(1979, 2)), Is.EqualTo(19));
    }
}
