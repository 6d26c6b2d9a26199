using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Tests.Writing;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>A report's events: one per item or figure and distinct date value, in the order of the report.</summary>
public sealed class TimelineEventsTests
{
    private static readonly string SeedPath = Path.Combine("seeds", TestFiles.SeedName);

    private static List<TimelineEvent> Seed(TimelineFilter? filter = null) => TimelineEvents.Of(TreeCorpus.Parse(SeedPath), filter ?? TimelineFilter.None);

    [Test]
    public void The_seed_gives_one_event_per_node_and_date_value()
    {
        var tree = TreeCorpus.Parse(SeedPath);
        var events = TimelineEvents.Of(tree, TimelineFilter.None);
        int distinct = tree.Report.Sections.SelectMany(s => s.Nodes).Sum(node => node.Dates.Select(d => d.Value).Distinct().Count());
        Assert.Multiple(() =>
        {
            Assert.That(tree.Stats.Dates, Is.EqualTo(40));
            Assert.That(events, Has.Count.EqualTo(32));
            Assert.That(distinct, Is.EqualTo(32));
        });
    }

    [Test]
    public void A_value_named_four_times_in_a_node_is_one_event_told_as_first_written()
    {
        var iraq1 = Seed().Where(e => e.Reports[0].Id == "iraq-1").ToList();
        Assert.That(iraq1.Select(e => (e.Date, e.DateText)), Is.EqualTo(new[] { ("2021-11-07", "November 7") }));
    }

    [Test]
    public void The_first_event_carries_its_node_section_report_and_sources()
    {
        var first = Seed()[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Date, Is.EqualTo("2021-11-07"));
            Assert.That(first.Granularity, Is.EqualTo(DateGranularity.Day));
            Assert.That(first.Modifier, Is.Null);
            Assert.That((first.Start, first.End), Is.EqualTo((new DateOnly(2021, 11, 7), new DateOnly(2021, 11, 7))));
            Assert.That(first.DateText, Is.EqualTo("November 7"));
            Assert.That(first.Section, Is.EqualTo("overview"));
            Assert.That(first.Region, Is.Null);
            Assert.That(first.SectionHeading, Is.EqualTo("Overview"));
            Assert.That(first.Kind, Is.EqualTo("item"));
            Assert.That(first.Text, Does.StartWith("Senior Iranian officials condemned"));
            Assert.That(first.Reports, Is.EqualTo(new[]
            {
                new TimelineReport(SeedPath, "Spotlight on Iran", new DateOnly(2021, 11, 4), new DateOnly(2021, 11, 18), "overview-3"),
            }));
            Assert.That(first.Sources, Is.Empty);
        });
    }

    [Test]
    public void An_event_carries_its_node_sources_in_the_order_written()
    {
        var trade = Seed().First(e => e.Reports[0].Id == "afghanistan-4");
        Assert.That(trade.Sources, Is.EqualTo(new[]
        {
            new TimelineSource("IRNA", "IRNA", SourceKind.Inline, null, "2021-11-08"),
            new TimelineSource("Fars", "Fars News Agency", SourceKind.Citation, null, "2021-11-11"),
        }));
    }

    [Test]
    public void Events_follow_the_report_nodes_by_line_items_before_figures_then_dates_as_written()
    {
        var syria = Seed().Where(e => e.Section == "syria").Select(e => $"{e.Reports[0].Id} {e.Date}").ToList();
        Assert.That(syria, Is.EqualTo(new[]
        {
            "syria-1 2021-11-06", "syria-1 2021-11-07", "syria-fig-1 2021-11-06", "syria-2 2021-11-10", "syria-3 2021-11-15",
            "syria-4 2021-11-09", "syria-4 2021-11-07", "syria-4 2021-11-12", "syria-5 2021-11-08", "syria-5 2021-11-07",
            "syria-fig-2 2021-11-08",
        }));
    }

    [Test]
    public void A_month_with_a_modifier_keeps_it_and_covers_the_whole_month()
    {
        var mid = Seed().First(e => e.Reports[0].Id == "overview-5");
        Assert.Multiple(() =>
        {
            Assert.That((mid.Date, mid.Granularity, mid.Modifier, mid.DateText), Is.EqualTo(("2021-11", DateGranularity.Month, (DateModifier?)DateModifier.Mid, "mid-November")));
            Assert.That((mid.Start, mid.End), Is.EqualTo((new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 30))));
        });
    }

    [Test]
    public void A_figure_is_an_event_of_kind_figure_with_its_caption()
    {
        var figure = Seed().First(e => e.Reports[0].Id == "iraq-fig-1");
        Assert.That((figure.Kind, figure.Text), Is.EqualTo(("figure", "The meeting between the former Iraqi prime minister and the Iranian ambassador to Baghdad. (Fars, November 4)")));
    }

    [Test]
    public void A_node_without_dates_gives_no_event_and_a_value_naming_no_day_gives_none()
    {
        var tree = TreeCorpus.Parse(SeedPath);
        var section = tree.Report.Sections[1];
        var dated = section.Items[0];
        var broken = dated with { Id = "broken", Dates = [dated.Dates[0] with { Value = "2021-02-30" }] };
        var undated = dated with { Id = "undated", Dates = [] };
        var edited = tree with { Report = tree.Report with { Sections = [section with { Items = [broken, undated], Figures = [] }] } };
        Assert.That(TimelineEvents.Of(edited, TimelineFilter.None), Is.Empty);
    }
}
