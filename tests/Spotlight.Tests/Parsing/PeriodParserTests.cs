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
    public void Finds_the_period(string line, string start, string end, string text)
    {
        Assert.That(PeriodParser.TryFind(line, SeriesProfiles.Iran.Months, out var period), Is.True);
        Assert.That((period.Start, period.End, period.Text),
            Is.EqualTo((DateOnly.Parse(start), DateOnly.Parse(end), text)));
    }

    [Test]
    public void A_period_ending_before_it_starts_is_kept_as_written()
    {
        Assert.That(PeriodParser.TryFind("November 18 – November 4, 2021", SeriesProfiles.Iran.Months, out var period), Is.True);
        Assert.That((period.Start, period.End), Is.EqualTo((new DateOnly(2021, 11, 18), new DateOnly(2021, 11, 4))));
    }

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
