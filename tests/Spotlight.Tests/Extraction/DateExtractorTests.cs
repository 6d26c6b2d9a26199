using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Extraction;

public sealed class DateExtractorTests
{
    private static readonly DateContext November2021 = TestPeriods.November2021;

    private static readonly DateContext NewYear = TestPeriods.NewYear;

    private static IEnumerable<(string Text, string Value)> Dates(string text, DateContext? context = null) =>
        DateExtractor.Extract(text, context ?? November2021).Select(d => (d.Text, d.Value));

    [TestCase("on November 6 the", "November 6", "2021-11-06")]
    [TestCase("on November 6, 2021 the", "November 6, 2021", "2021-11-06")]
    [TestCase("on November 6 2021 the", "November 6 2021", "2021-11-06")]
    [TestCase("on 6 November 2021 the", "6 November 2021", "2021-11-06")]
    [TestCase("on 6 November the", "6 November", "2021-11-06")]
    [TestCase("on Nov. 6 the", "Nov. 6", "2021-11-06")]
    [TestCase("on Sept. 6 the", "Sept. 6", "2021-09-06")]
    [TestCase("(TASNIM, NOVEMBER 6)", "NOVEMBER 6", "2021-11-06")]
    [TestCase("on November 6th the", "November 6th", "2021-11-06")]
    [TestCase("in November 2021 the", "November 2021", "2021-11")]
    [TestCase("between May 2020 and", "May 2020", "2020-05")]
    [TestCase("built in 2015 by", "2015", "2015")]
    [TestCase("active since 2006.", "2006", "2006")]
    [TestCase("on the night of November 7, a", "November 7", "2021-11-07")]
    public void Reads_each_form(string text, string written, string value)
    {
        Assert.That(Dates(text), Is.EqualTo(new[] { (written, value) }));
    }

    [TestCase("in mid-November", "mid-November", "2021-11", DateModifier.Mid)]
    [TestCase("in Mid-November", "Mid-November", "2021-11", DateModifier.Mid)]
    [TestCase("in early November", "early November", "2021-11", DateModifier.Early)]
    [TestCase("in late November 2020", "late November 2020", "2020-11", DateModifier.Late)]
    [TestCase("at the end of July", "the end of July", "2021-07", DateModifier.Late)]
    [TestCase("at the beginning of October", "the beginning of October", "2021-10", DateModifier.Early)]
    [TestCase("during the second half of February 2017", "the second half of February 2017", "2017-02", DateModifier.Late)]
    [TestCase("in the first half of October", "the first half of October", "2021-10", DateModifier.Early)]
    [TestCase("in mid-November.", "mid-November", "2021-11", DateModifier.Mid)]
    public void Reads_modified_months(string text, string written, string value, DateModifier modifier)
    {
        var date = DateExtractor.Extract(text, November2021).Single();
        Assert.That((date.Text, date.Value, date.Granularity, date.Modifier, date.Relative),
            Is.EqualTo((written, value, DateGranularity.Month, (DateModifier?)modifier, false)));
    }

    [TestCase("built in early 2015 by", "early 2015", "2015", 9, DateModifier.Early)]
    [TestCase("Early 2015 saw", "Early 2015", "2015", 0, DateModifier.Early)]
    [TestCase("finished by late 2019.", "late 2019", "2019", 12, DateModifier.Late)]
    [TestCase("expanded in mid-2020, when", "mid-2020", "2020", 12, DateModifier.Mid)]
    [TestCase("expanded in mid 2020 when", "mid 2020", "2020", 12, DateModifier.Mid)]
    [TestCase("signed at the end of 2015 in", "the end of 2015", "2015", 10, DateModifier.Late)]
    [TestCase("since the beginning of 2016,", "the beginning of 2016", "2016", 6, DateModifier.Early)]
    [TestCase("during the first half of 1999 the", "the first half of 1999", "1999", 7, DateModifier.Early)]
    public void Reads_a_modified_year(string text, string written, string value, int start, DateModifier modifier)
    {
        var date = DateExtractor.Extract(text, November2021).Single();
        Assert.That(date, Is.EqualTo(new DateMention(written, value, DateGranularity.Year, modifier, false, start, written.Length)));
    }

    [Test]
    public void A_modified_year_needs_no_period()
    {
        var date = DateExtractor.Extract("built in early 2015 by", DateContext.ForYear(null, SeriesProfiles.Iran.Months)).Single();
        Assert.That((date.Text, date.Value, date.Granularity, date.Modifier), Is.EqualTo(("early 2015", "2015", DateGranularity.Year, (DateModifier?)DateModifier.Early)));
    }

    [TestCase("in the late 1990s the")]
    [TestCase("in mid-2020s")]
    [TestCase("between late 2019-2020 the")]
    [TestCase("in early 20150 the")]
    [TestCase("in early 1850 the")]
    public void A_modifier_before_no_year_of_its_own_is_no_date(string text)
    {
        Assert.That(Dates(text), Is.Empty);
    }

    [Test]
    public void A_modified_year_and_a_modified_month_each_keep_their_granularity()
    {
        var dates = DateExtractor.Extract("from early 2015 until late November 2016 and by 2017", November2021);
        Assert.That(dates.Select(d => (d.Text, d.Value, d.Granularity, d.Modifier, d.Start)), Is.EqualTo(new (string, string, DateGranularity, DateModifier?, int)[]
        {
            ("early 2015", "2015", DateGranularity.Year, DateModifier.Early, 5),
            ("late November 2016", "2016-11", DateGranularity.Month, DateModifier.Late, 22),
            ("2017", "2017", DateGranularity.Year, null, 48),
        }));
    }

    [TestCase("met yesterday", "yesterday", "2021-11-17", DateGranularity.Day)]
    [TestCase("Today, the minister", "Today", "2021-11-18", DateGranularity.Day)]
    [TestCase("met last week", "last week", "2021-W45", DateGranularity.Week)]
    [TestCase("met this week", "this week", "2021-W46", DateGranularity.Week)]
    [TestCase("held last month", "last month", "2021-10", DateGranularity.Month)]
    [TestCase("earlier this month", "this month", "2021-11", DateGranularity.Month)]
    [TestCase("signed last year", "last year", "2020", DateGranularity.Year)]
    public void Reads_relative_words_from_the_period_end(string text, string written, string value, DateGranularity granularity)
    {
        var date = DateExtractor.Extract(text, November2021).Single();
        Assert.That((date.Text, date.Value, date.Granularity, date.Relative), Is.EqualTo((written, value, granularity, true)));
    }

    [Test]
    public void A_range_gives_one_mention_per_end()
    {
        Assert.That(Dates("on November 4-6 the"), Is.EqualTo(new[] { ("November 4", "2021-11-04"), ("6", "2021-11-06") }));
        Assert.That(Dates("on June 8-14, 2017 the"), Is.EqualTo(new[] { ("June 8", "2017-06-08"), ("14, 2017", "2017-06-14") }));
        Assert.That(Dates("Between June 6, 2024 and August 4, 2024"),
            Is.EqualTo(new[] { ("June 6, 2024", "2024-06-06"), ("August 4, 2024", "2024-08-04") }));
    }

    [Test]
    public void Offsets_are_into_the_text()
    {
        var date = DateExtractor.Extract("Fars reported (November 10) that", November2021).Single();
        Assert.That((date.Start, date.Length), Is.EqualTo((15, 11)));
    }

    [TestCase("which may entangle Syria in an unwanted conflict")]
    [TestCase("May God protect the nation")]
    [TestCase("100,000 Iranian pilgrims will be allowed to travel to Syria per year")]
    [TestCase("stay for up to 90 days without a visa, which lasted ten days")]
    [TestCase("to purchase 1000 megawatts of electricity")]
    [TestCase("won 35 seats in the future parliament")]
    [TestCase("the outbreak of COVID-19 and the 2015 agreement")]
    [TestCase("the Iranian Minister 5 of the IRGC")]
    [TestCase("Baghdad Today reported")]
    [TestCase("since the beginning of the month")]
    public void Ignores_what_is_not_a_date(string text)
    {
        Assert.That(Dates(text), Is.Empty);
    }

    [Test]
    public void A_period_across_new_year_puts_each_date_in_its_own_year()
    {
        Assert.That(Dates("on December 28 and on January 2", NewYear),
            Is.EqualTo(new[] { ("December 28", "2021-12-28"), ("January 2", "2022-01-02") }));
        Assert.That(Dates("in late December and in mid-January", NewYear).Select(d => d.Value), Is.EqualTo(new[] { "2021-12", "2022-01" }));
        Assert.That(Dates("held last month", NewYear).Single().Value, Is.EqualTo("2021-12"));
    }

    [Test]
    public void A_December_date_before_a_January_period_is_of_the_year_before()
    {
        var january = TestPeriods.Of(new DateOnly(2022, 1, 2), new DateOnly(2022, 1, 16));
        Assert.That(Dates("on December 28 and on January 5", january),
            Is.EqualTo(new[] { ("December 28", "2021-12-28"), ("January 5", "2022-01-05") }));
        Assert.That(Dates("on 30 December", january).Single().Value, Is.EqualTo("2021-12-30"));
        Assert.That(Dates("in late December", january).Single().Value, Is.EqualTo("2021-12"));
    }

    [Test]
    public void A_January_date_after_a_December_period_is_of_the_year_after()
    {
        var december = TestPeriods.Of(new DateOnly(2021, 12, 16), new DateOnly(2021, 12, 30));
        Assert.That(Dates("on January 3 and on December 20", december),
            Is.EqualTo(new[] { ("January 3", "2022-01-03"), ("December 20", "2021-12-20") }));
        Assert.That(Dates("in mid-January", december).Single().Value, Is.EqualTo("2022-01"));
    }

    [Test]
    public void A_period_given_end_first_reads_dates_as_the_same_period()
    {
        var reversed = DateContext.ForPeriod(new Period(new DateOnly(2022, 1, 16), new DateOnly(2022, 1, 2), "January 16, 2022 – January 2, 2022", 1),
            SeriesProfiles.Iran.Months);
        Assert.That(Dates("on December 28 and on January 5", reversed).Select(d => d.Value), Is.EqualTo(new[] { "2021-12-28", "2022-01-05" }));
        Assert.That(Dates("met yesterday", reversed).Single().Value, Is.EqualTo("2022-01-15"), "relative words count from the later day");
    }

    [Test]
    public void A_date_outside_the_period_takes_the_nearest_year()
    {
        Assert.That(Dates("on November 20").Single().Value, Is.EqualTo("2021-11-20"));
        Assert.That(Dates("in July").Count(), Is.Zero, "a month alone is no date");
        Assert.That(Dates("on January 3").Single().Value, Is.EqualTo("2022-01-03"));
        Assert.That(Dates("on July 30").Single().Value, Is.EqualTo("2021-07-30"));
        Assert.That(Dates("in early March").Single().Value, Is.EqualTo("2022-03"), "March 2022 is nearer to November 2021 than March 2021");
    }

    [Test]
    public void Without_a_period_the_given_year_stands_in()
    {
        Assert.That(Dates("on November 20", DateContext.ForYear(2016, SeriesProfiles.Iran.Months)).Single().Value, Is.EqualTo("2016-11-20"));
        Assert.That(Dates("on November 20, 2016 and November 21", DateContext.ForYear(null, SeriesProfiles.Iran.Months)).Select(d => d.Value),
            Is.EqualTo(new[] { "2016-11-20" }), "with no year anywhere, a date without one cannot be placed");
    }

    [Test]
    public void Invalid_days_are_not_dates()
    {
        Assert.That(Dates("on February 30 and November 31"), Is.Empty);
    }
    [Test]
    public void The_last_day_of_a_month_takes_the_year_that_has_it_in_the_period()
    {
        Assert.That(Dates("on December 31 and on 31 December", NewYear),
            Is.EqualTo(new[] { ("December 31", "2021-12-31"), ("31 December", "2021-12-31") }));
        Assert.That(Dates("on November 30").Single().Value, Is.EqualTo("2021-11-30"));
    }

    [Test]
    public void A_leap_day_without_its_year_is_read_in_the_nearest_leap_year()
    {
        // February 1 lies nearest in 2025, but only 2024 has a February 29.
        var newYear2025 = TestPeriods.Of(new DateOnly(2024, 12, 20), new DateOnly(2025, 1, 3));
        Assert.That(Dates("on 29 February and on February 29", newYear2025),
            Is.EqualTo(new[] { ("29 February", "2024-02-29"), ("February 29", "2024-02-29") }));
    }

    [Test]
    public void A_period_longer_than_a_year_reads_a_day_in_its_first_year()
    {
        var longPeriod = TestPeriods.Of(new DateOnly(2021, 6, 1), new DateOnly(2022, 12, 31));
        Assert.That(Dates("on November 20 and in early March", longPeriod).Select(d => d.Value), Is.EqualTo(new[] { "2021-11-20", "2022-03" }));
    }

    [Test]
    public void A_range_reads_each_end_as_a_written_day()
    {
        var dates = DateExtractor.Extract("on June 8-14, 2017 the", November2021);
        Assert.That(dates, Is.EqualTo(new[]
        {
            new DateMention("June 8", "2017-06-08", DateGranularity.Day, null, false, 3, 6),
            new DateMention("14, 2017", "2017-06-14", DateGranularity.Day, null, false, 10, 8),
        }));
        Assert.That(Dates("on November 4th-6 the"), Is.EqualTo(new[] { ("November 4th", "2021-11-04"), ("6", "2021-11-06") }));
    }

    [TestCase("on November 6-4 the")]
    [TestCase("on November 6-6 the")]
    [TestCase("on November 30-31 the")]
    public void A_range_that_does_not_run_forward_through_real_days_is_no_date(string text)
    {
        Assert.That(Dates(text), Is.Empty);
    }

    [Test]
    public void A_capitalised_word_before_a_day_does_not_hide_the_date_after_it()
    {
        Assert.That(Dates("met in Tehran 5 November"), Is.EqualTo(new[] { ("5 November", "2021-11-05") }));
    }

    [Test]
    public void An_impossible_day_before_a_month_and_year_leaves_the_month()
    {
        Assert.That(Dates("on 31 November 2020 the"), Is.EqualTo(new[] { ("November 2020", "2020-11") }));
    }

    [Test]
    public void Mentions_that_touch_are_both_kept()
    {
        var dates = DateExtractor.Extract("on 6 Nov.yesterday", November2021);
        Assert.That(dates.Select(d => (d.Text, d.Value, d.Start)), Is.EqualTo(new[] { ("6 Nov.", "2021-11-06", 3), ("yesterday", "2021-11-17", 9) }));
    }

    [Test]
    public void A_phrase_at_the_start_of_the_text_takes_in_its_the()
    {
        var date = DateExtractor.Extract("The end of July saw", November2021).Single();
        Assert.That((date.Text, date.Value, date.Start, date.Modifier), Is.EqualTo(("The end of July", "2021-07", 0, (DateModifier?)DateModifier.Late)));
    }

    [Test]
    public void A_capitalised_today_after_a_full_stop_is_the_word_today()
    {
        var date = DateExtractor.Extract("He left. Today the minister spoke", November2021).Single();
        Assert.That((date.Text, date.Value, date.Start), Is.EqualTo(("Today", "2021-11-18", 9)));
    }

    [Test]
    public void Relative_words_past_2200_are_still_written_as_days()
    {
        var far = TestPeriods.Of(new DateOnly(2300, 1, 1), new DateOnly(2300, 1, 14));
        Assert.That(Dates("met yesterday", far).Single().Value, Is.EqualTo("2300-01-13"));
    }
}
