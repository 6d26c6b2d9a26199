using Spotlight.Tests.Writing;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>--region, --from, --to and --source: which of a report's events a timeline keeps.</summary>
public sealed class TimelineFilterTests
{
    private static List<TimelineEvent> Seed(TimelineFilter filter) =>
        TimelineEvents.Of(TreeCorpus.Parse(Path.Combine("seeds", TestFiles.SeedName)), filter);

    private static List<string> Keys(TimelineFilter filter) => [.. Seed(filter).Select(e => $"{e.Reports[0].Id} {e.Date}")];

    private static TimelineFilter Regions(params string[] regions) => TimelineFilter.None with { Regions = [.. regions] };

    private static TimelineFilter Sources(params string[] sources) => TimelineFilter.None with { Sources = [.. sources] };

    private static TimelineFilter Days(string? from, string? to) =>
        TimelineFilter.None with { From = from is null ? null : DateOnly.Parse(from), To = to is null ? null : DateOnly.Parse(to) };

    [Test]
    public void A_region_is_named_by_its_region_or_its_section_id_case_aside()
    {
        var byRegion = Seed(Regions("Iraq"));
        Assert.Multiple(() =>
        {
            Assert.That(byRegion.Select(e => e.Section).Distinct(), Is.EqualTo(new[] { "iraq" }));
            Assert.That(Keys(Regions("Iraq")), Is.EqualTo(new[]
            {
                "iraq-1 2021-11-07", "iraq-2 2021-11-07", "iraq-3 2021-11-08", "iraq-4 2021-11-10", "iraq-5 2021-11-04", "iraq-5 2021-10",
                "iraq-fig-1 2021-11-04",
            }));
            Assert.That(Keys(Regions("IRAQ")), Is.EqualTo(Keys(Regions("Iraq"))));
            Assert.That(Keys(Regions("iraq")), Is.EqualTo(Keys(Regions("Iraq"))));
            // The summary has no region: its id names it.
            Assert.That(Seed(Regions("Overview")).Select(e => e.Section).Distinct(), Is.EqualTo(new[] { "overview" }));
            Assert.That(Seed(Regions("palestinian-arena", "Palestinian Arena")).Select(e => e.Reports[0].Id), Is.EqualTo(new[] { "palestinian-arena-1" }));
            Assert.That(Seed(Regions("Iraq", "syria")).Select(e => e.Section).Distinct(), Is.EquivalentTo(new[] { "iraq", "syria" }));
            Assert.That(Seed(Regions("Yemen")), Is.Empty);
            Assert.That(Seed(Regions("Ira")), Is.Empty, "a region is named whole");
        });
    }

    [Test]
    public void Days_are_kept_when_the_event_overlaps_the_range_at_its_edges_too()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Seed(Days("2021-11-15", null)).Select(e => e.Date).Distinct(), Is.EquivalentTo(new[] { "2021-11-15", "2021-11" }),
                "mid-November covers the 15th: its month reaches the range");
            Assert.That(Seed(Days(null, "2021-11-04")).Select(e => e.Date).Distinct(), Is.EquivalentTo(new[] { "2021-11-04", "2021-11", "2021-10", "2020-05", "2021-05" }));
            Assert.That(Seed(Days("2021-11-30", "2021-11-30")).Select(e => e.Date).Distinct(), Is.EqualTo(new[] { "2021-11" }), "a month's last day");
            Assert.That(Seed(Days("2021-11-01", "2021-11-01")).Select(e => e.Date).Distinct(), Is.EqualTo(new[] { "2021-11" }), "a month's first day");
            Assert.That(Seed(Days("2021-10-31", "2021-10-31")).Select(e => e.Date).Distinct(), Is.EqualTo(new[] { "2021-10" }));
            Assert.That(Seed(Days("2021-12-01", null)), Is.Empty);
            Assert.That(Seed(Days(null, "2020-04-30")), Is.Empty);
            Assert.That(Seed(Days("2021-11-07", "2021-11-07")).Count(e => e.Date == "2021-11-07"), Is.EqualTo(7));
        });
    }

    [Test]
    public void KeepsDays_compares_the_range_with_the_event_days()
    {
        var filter = Days("2021-11-05", "2021-11-10");
        Assert.Multiple(() =>
        {
            Assert.That(filter.KeepsDays(new DateRange(new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 5))), Is.True);
            Assert.That(filter.KeepsDays(new DateRange(new DateOnly(2021, 11, 10), new DateOnly(2021, 11, 16))), Is.True);
            Assert.That(filter.KeepsDays(new DateRange(new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 4))), Is.False);
            Assert.That(filter.KeepsDays(new DateRange(new DateOnly(2021, 11, 11), new DateOnly(2021, 11, 11))), Is.False);
            Assert.That(filter.KeepsDays(new DateRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31))), Is.True);
        });
    }

    [Test]
    public void A_source_is_named_by_its_outlet_or_its_name_as_written_case_aside()
    {
        var byOutlet = Seed(Sources("Fars News Agency")).Select(e => e.Reports[0].Id).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(byOutlet, Is.EquivalentTo(new[]
            {
                "iraq-1", "iraq-5", "iraq-fig-1", "syria-3", "afghanistan-1", "afghanistan-2", "afghanistan-4", "afghanistan-fig-1", "afghanistan-fig-2",
            }));
            Assert.That(Seed(Sources("fars")).Select(e => e.Reports[0].Id).Distinct(), Is.EqualTo(byOutlet), "Fars as written");
            Assert.That(Seed(Sources("SPUTNIK")).Select(e => e.Reports[0].Id).Distinct(), Is.EqualTo(new[] { "overview-5", "afghanistan-3" }));
            Assert.That(Seed(Sources("Sputnik", "IRNA")).Select(e => e.Reports[0].Id).Distinct(), Is.EquivalentTo(new[] { "overview-5", "syria-4", "syria-fig-2", "afghanistan-3", "afghanistan-4" }));
            Assert.That(Seed(Sources("Reuters")), Is.Empty);
        });
    }

    [Test]
    public void Filters_together_keep_what_each_keeps()
    {
        var filter = TimelineFilter.None with { Regions = ["afghanistan"], Sources = ["IRNA"], From = new DateOnly(2021, 11, 1) };
        Assert.That(Keys(filter), Is.EqualTo(new[]
        {
            "afghanistan-4 2021-11", "afghanistan-4 2021-11-08", "afghanistan-4 2021-11-11",
        }));
    }
}
