using Spotlight.Parsing;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Parsing;

public sealed class PeriodParserTests
{
    [TestCase("November 4, 2021 – November 18, 2021", "2021-11-04", "2021-11-18", "November 4, 2021 – November 18, 2021")]
    [TestCase("October 26 – November 8, 2015", "2015-10-26", "2015-11-08", "October 26 – November 8, 2015")]
    [TestCase("May 8 – May 22, 2016", "2016-05-08", "2016-05-22", "May 8 – May 22, 2016")]
    [TestCase("June 6-19, 2016", "2016-06-06", "2016-06-19", "June 6-19, 2016")]
    [TestCase("June 13 – 28, 2015", "2015-06-13", "2015-06-28", "June 13 – 28, 2015")]
    [TestCase("19-27 September 2017", "2017-09-19", "2017-09-27", "19-27 September 2017")]
    [TestCase("August 31 – September 6 2017", "2017-08-31", "2017-09-06", "August 31 – September 6 2017")]
    [TestCase("August 31-September 6, 2023", "2023-08-31", "2023-09-06", "August 31-September 6, 2023")]
    [TestCase("September 10-17, 2017", "2017-09-10", "2017-09-17", "September 10-17, 2017")]
    [TestCase("December 23, 2021 – January 6, 2022", "2021-12-23", "2022-01-06", "December 23, 2021 – January 6, 2022")]
    [TestCase("December 23 – January 6, 2022", "2021-12-23", "2022-01-06", "December 23 – January 6, 2022")]
    [TestCase("(October 26 – November 8, 2015)", "2015-10-26", "2015-11-08", "October 26 – November 8, 2015")]
    [TestCase("May 8 - May 22, 2016", "2016-05-08", "2016-05-22", "May 8 - May 22, 2016")]
    [TestCase("May 8 — May 22, 2016", "2016-05-08", "2016-05-22", "May 8 — May 22, 2016")]
    [TestCase("Spotlight on Iran – January 7- January 21, 2018", "2018-01-07", "2018-01-21", "January 7- January 21, 2018")]
    [TestCase("19 September – 3 October 2017", "2017-09-19", "2017-10-03", "19 September – 3 October 2017")]
    [TestCase("Nov. 4 – Nov. 18, 2021", "2021-11-04", "2021-11-18", "Nov. 4 – Nov. 18, 2021")]
    [TestCase("November 4th – November 18th, 2021", "2021-11-04", "2021-11-18", "November 4th – November 18th, 2021")]
    [TestCase("November 4 to November 18, 2021", "2021-11-04", "2021-11-18", "November 4 to November 18, 2021")]
    [TestCase("November 4 until November 18, 2021", "2021-11-04", "2021-11-18", "November 4 until November 18, 2021")]
    [TestCase("November 4 through November 18, 2021", "2021-11-04", "2021-11-18", "November 4 through November 18, 2021")]
    [TestCase("November 4‒18, 2021", "2021-11-04", "2021-11-18", "November 4‒18, 2021")]
    [TestCase("November 4‐18, 2021", "2021-11-04", "2021-11-18", "November 4‐18, 2021")]
    [TestCase("4‑18 November 2021", "2021-11-04", "2021-11-18", "4‑18 November 2021")]
    [TestCase("4 to 18 November 2021", "2021-11-04", "2021-11-18", "4 to 18 November 2021")]
    [TestCase("June 23, 2022 July 7, 2022", "2022-06-23", "2022-07-07", "June 23, 2022 July 7, 2022")]
    // New Year at both ends of a period, in both orders of day and month, with the start's year written or not.
    [TestCase("28 December 2021 – 5 January 2022", "2021-12-28", "2022-01-05", "28 December 2021 – 5 January 2022")]
    [TestCase("28 December – 5 January 2022", "2021-12-28", "2022-01-05", "28 December – 5 January 2022")]
    [TestCase("December 31 – January 1, 2022", "2021-12-31", "2022-01-01", "December 31 – January 1, 2022")]
    [TestCase("January 1 – January 14, 2022", "2022-01-01", "2022-01-14", "January 1 – January 14, 2022")]
    [TestCase("December 17 – December 31, 2021", "2021-12-17", "2021-12-31", "December 17 – December 31, 2021")]
    // Days at the ends of months, a leap day, and the years the series can carry.
    [TestCase("February 29 – March 2, 2020", "2020-02-29", "2020-03-02", "February 29 – March 2, 2020")]
    [TestCase("April 17 – April 30, 2021", "2021-04-17", "2021-04-30", "April 17 – April 30, 2021")]
    [TestCase("January 1 – January 9, 1900", "1900-01-01", "1900-01-09", "January 1 – January 9, 1900")]
    [TestCase("December 1 – December 9, 2200", "2200-12-01", "2200-12-09", "December 1 – December 9, 2200")]
    // A match whose month word is not a month is passed over for the next one in the line.
    [TestCase("Spotlight 12-13, 2021: November 4 – November 18, 2021", "2021-11-04", "2021-11-18", "November 4 – November 18, 2021")]
    public void Finds_the_period(string line, string start, string end, string text)
    {
        Assert.That(PeriodParser.TryFind(line, SeriesProfiles.Iran.Months, out var period), Is.True);
        Assert.That((period.Start, period.End, period.Text),
            Is.EqualTo((DateOnly.Parse(start), DateOnly.Parse(end), text)));
    }

    [TestCase("November 4 – November 18, 2021", 0)]
    [TestCase("Spotlight on Iran – November 4 – November 18, 2021", 20)]
    [TestCase("(19-27 September 2017)", 1)]
    public void Says_where_the_period_starts_in_the_line(string line, int index)
    {
        Assert.That(PeriodParser.TryFind(line, SeriesProfiles.Iran.Months, out var period), Is.True);
        Assert.That(period.Index, Is.EqualTo(index));
    }

    [Test]
    public void A_period_ending_before_it_starts_is_kept_as_written()
    {
        Assert.That(PeriodParser.TryFind("November 18 – November 4, 2021", SeriesProfiles.Iran.Months, out var period), Is.True);
        Assert.That((period.Start, period.End), Is.EqualTo((new DateOnly(2021, 11, 18), new DateOnly(2021, 11, 4))));
    }

    [TestCase("February 29 – March 2, 2021")]
    [TestCase("April 17 – April 31, 2021")]
    [TestCase("November 0 – November 5, 2021")]
    [TestCase("December 1 – December 9, 1899")]
    [TestCase("January 1 – January 9, 2201")]
    [TestCase("Sea 4 – Sea 18, 2021")]
    [TestCase("Spotlight on Iran")]
    [TestCase("Author: Dr. Raz Zimmt")]
    [TestCase("Politburo 12-13, 2021")]
    [TestCase("February 30 – March 2, 2021")]
    [TestCase("100,000 Iranian pilgrims will be allowed to travel to Syria per year")]
    public void Ignores_what_is_not_a_period(string line)
    {
        Assert.That(PeriodParser.TryFind(line, SeriesProfiles.Iran.Months, out _), Is.False);
    }
}
