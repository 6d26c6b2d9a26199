using Spotlight.Model;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>The days a date value covers: where its event sorts, and what a --from/--to range is compared with.</summary>
public sealed class DateRangeTests
{
    [TestCase("2021-11-10", DateGranularity.Day, "2021-11-10", "2021-11-10")]
    [TestCase("2021-W44", DateGranularity.Week, "2021-11-01", "2021-11-07")]
    [TestCase("2020-W03", DateGranularity.Week, "2020-01-13", "2020-01-19")]
    [TestCase("2019-W01", DateGranularity.Week, "2018-12-31", "2019-01-06")]
    [TestCase("2020-W53", DateGranularity.Week, "2020-12-28", "2021-01-03")]
    [TestCase("2021-11", DateGranularity.Month, "2021-11-01", "2021-11-30")]
    [TestCase("2020-02", DateGranularity.Month, "2020-02-01", "2020-02-29")]
    [TestCase("2021-02", DateGranularity.Month, "2021-02-01", "2021-02-28")]
    [TestCase("2021", DateGranularity.Year, "2021-01-01", "2021-12-31")]
    [TestCase("0001", DateGranularity.Year, "0001-01-01", "0001-12-31")]
    public void A_value_covers_its_days(string value, DateGranularity granularity, string start, string end)
    {
        Assert.That(DateRange.Of(value, granularity), Is.EqualTo(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end))));
    }

    [TestCase("2021-W53", DateGranularity.Week, TestName = "A 53rd week of a year of 52")]
    [TestCase("2021-W00", DateGranularity.Week)]
    [TestCase("9999-W52", DateGranularity.Week, TestName = "The last week of 9999 ends past the calendar")]
    [TestCase("2021-44", DateGranularity.Week)]
    [TestCase("0000", DateGranularity.Year)]
    [TestCase("21", DateGranularity.Year)]
    [TestCase("2021-13", DateGranularity.Month)]
    [TestCase("2021-02-29", DateGranularity.Day)]
    [TestCase("2021-11", DateGranularity.Day, TestName = "A month's value said to be a day")]
    [TestCase("", DateGranularity.Year)]
    public void A_value_that_names_no_days_covers_none(string value, DateGranularity granularity)
    {
        Assert.That(DateRange.Of(value, granularity), Is.Null);
    }

    [Test]
    public void Ranges_overlap_when_they_share_a_day()
    {
        var november = new DateRange(new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 30));
        Assert.Multiple(() =>
        {
            Assert.That(november.Overlaps(new DateRange(new DateOnly(2021, 11, 30), new DateOnly(2021, 12, 5))), Is.True);
            Assert.That(november.Overlaps(new DateRange(new DateOnly(2021, 10, 20), new DateOnly(2021, 11, 1))), Is.True);
            Assert.That(november.Overlaps(new DateRange(new DateOnly(2021, 11, 10), new DateOnly(2021, 11, 10))), Is.True);
            Assert.That(november.Overlaps(new DateRange(new DateOnly(2021, 12, 1), new DateOnly(2021, 12, 5))), Is.False);
            Assert.That(november.Overlaps(new DateRange(new DateOnly(2021, 10, 1), new DateOnly(2021, 10, 31))), Is.False);
        });
    }
}
