using Spotlight.Timeline;
using static Spotlight.Tests.Timeline.TimelineEventFactory;

namespace Spotlight.Tests.Timeline;

/// <summary>The same event in two reports is shown once, naming both; nothing else is merged.</summary>
public sealed class RepeatedEventsTests
{
    private const string Strike = "Israeli aircraft struck an Iranian weapons depot near Damascus airport (Reuters, November 8).";

    [Test]
    public void The_same_text_in_two_reports_is_one_event_naming_both_in_reading_order()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike),
            Day("2021-11-08", "b.txt", "syria-4", "  Israeli aircraft struck an Iranian weapons depot\nnear Damascus  airport (Reuters, November 8). "),
            Day("2021-11-08", "c.txt", "syria-2", Strike, periodStart: new DateOnly(2021, 12, 20)));
        Assert.That(merged, Has.Count.EqualTo(1));
        Assert.That(Told(merged[0]), Is.EqualTo("a.txt#syria-1 b.txt#syria-4 c.txt#syria-2"), "the same text needs no overlap of periods");
        Assert.That(merged[0].Text, Is.EqualTo(Strike), "the first report's text is kept");
    }

    [Test]
    public void Texts_differing_in_more_than_white_space_are_not_merged()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike),
            Day("2021-11-08", "b.txt", "syria-1", Strike.ToUpperInvariant()),
            Day("2021-11-08", "c.txt", "syria-1", Strike.Replace("Damascus", "Damascus ,", StringComparison.Ordinal)));
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1", "b.txt#syria-1", "c.txt#syria-1" }));
    }

    [Test]
    public void The_same_date_and_source_in_overlapping_periods_is_one_event()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike, November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "b.txt", "syria-3", "A depot near the airport of Damascus was hit (reuters).", November1.AddDays(6), Outlet("reuters", "REUTERS")));
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1 b.txt#syria-3" }), "the periods share November 7; the outlet is compared case aside");
        Assert.That(merged[0].Text, Is.EqualTo(Strike));
    }

    [Test]
    public void The_same_source_in_periods_apart_is_not_merged()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike, November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "b.txt", "syria-3", "A depot near the airport of Damascus was hit.", November1.AddDays(7), Outlet("Reuters", "Reuters")));
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1", "b.txt#syria-3" }));
    }

    [Test]
    public void A_source_with_no_outlet_is_compared_by_its_name_and_one_with_an_outlet_by_the_outlet()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", "one", November1, Outlet("Syrian Observatory", null)),
            Day("2021-11-08", "b.txt", "syria-1", "two", November1, Outlet("syrian observatory", null)),
            Day("2021-11-08", "c.txt", "syria-1", "three", November1, Outlet("Al Arabiya", "Al Arabiya")),
            Day("2021-11-08", "d.txt", "syria-1", "four", November1, Outlet("al-Arabiya channel", "Al Arabiya")),
            Day("2021-11-08", "e.txt", "syria-1", "five", November1, Outlet("Al Arabiya", null)));
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1 b.txt#syria-1", "c.txt#syria-1 d.txt#syria-1", "e.txt#syria-1" }));
    }

    [Test]
    public void A_report_joins_an_event_through_any_report_that_tells_it()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike, November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "b.txt", "syria-2", Strike, November1.AddDays(6), Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "c.txt", "syria-3", "A depot near Damascus was hit.", November1.AddDays(12), Outlet("Reuters", "Reuters")));
        // c's period (November 13 to 19) misses a's but meets b's on the 13th.
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1 b.txt#syria-2 c.txt#syria-3" }));
    }

    [Test]
    public void A_report_without_a_period_is_merged_by_its_text_only()
    {
        var noPeriod = Day("2021-11-08", "b.txt", "syria-3", "Another text.", null, Outlet("Reuters", "Reuters"));
        noPeriod = noPeriod with { Reports = [noPeriod.Reports[0] with { PeriodStart = null, PeriodEnd = null }] };
        var merged = Merged(Day("2021-11-08", "a.txt", "syria-1", Strike, November1, Outlet("Reuters", "Reuters")), noPeriod);
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1", "b.txt#syria-3" }));
    }

    [Test]
    public void Nothing_is_merged_within_one_report()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike, November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "a.txt", "syria-2", Strike, November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "b.txt", "syria-7", Strike, November1, Outlet("Reuters", "Reuters")));
        // b's copy joins the first of a's; a's second stays an event of its own.
        Assert.That(merged.Select(Told), Is.EqualTo(new[] { "a.txt#syria-1 b.txt#syria-7", "a.txt#syria-2" }));
    }

    [Test]
    public void Only_events_of_the_same_date_value_are_merged()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", Strike),
            Day("2021-11-09", "b.txt", "syria-1", Strike),
            Day("2021-11-08", "b.txt", "syria-2", Strike) with { Date = "2021-W45", Granularity = Spotlight.Model.DateGranularity.Week,
                Start = new DateOnly(2021, 11, 8), End = new DateOnly(2021, 11, 14) });
        Assert.That(merged.Select(e => $"{e.Date} {Told(e)}"), Is.EqualTo(new[] { "2021-11-08 a.txt#syria-1", "2021-W45 b.txt#syria-2", "2021-11-09 b.txt#syria-1" }));
    }

    [Test]
    public void A_merged_event_keeps_its_place_among_the_events_of_its_date()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", "first"),
            Day("2021-11-08", "a.txt", "syria-2", "second"),
            Day("2021-11-08", "b.txt", "syria-1", "third"),
            Day("2021-11-08", "b.txt", "syria-2", "second"));
        Assert.That(merged.Select(e => $"{e.Text}: {Told(e)}"), Is.EqualTo(new[]
        {
            "first: a.txt#syria-1", "second: a.txt#syria-2 b.txt#syria-2", "third: b.txt#syria-1",
        }));
    }

    [TestCase("a  b", "a b")]
    [TestCase(" a\tb\n", "a b")]
    [TestCase("a\u00a0b", "a b")]
    [TestCase("ab", "ab")]
    [TestCase("a b", "a b")]
    [TestCase("a\u3000 b ", "a b")]
    [TestCase("a\r\nb", "a b")]
    [TestCase("", "")]
    [TestCase("   ", "")]
    public void White_space_runs_read_as_one_space(string text, string normal)
    {
        Assert.That(TimelineText.Normalised(text), Is.EqualTo(normal));
        Assert.That(TimelineText.Key(text), Is.EqualTo(TimelineText.Key(normal)));
        Assert.That(TimelineText.Key(text + "x"), Is.Not.EqualTo(TimelineText.Key(normal)));
    }
}
