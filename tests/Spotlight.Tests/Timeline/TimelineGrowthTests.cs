using System.Globalization;
using Spotlight.Model;
using Spotlight.Tests.Writing;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>
/// Growth, not ceilings: the timeline of four times as many reports (events taken, sorted through spilled runs, repeated
/// events merged, CSV written) takes at most five times the processor time of one times as many. The reports are the
/// seed moved a week further each time, dates and period alike, so that neighbours overlap and share dates and sources
/// as an archive's weekly reports do.
/// </summary>
public sealed class TimelineGrowthTests
{
    private const double TimeRatio = 5;
    private const int Runs = 5;
    private const int Tries = 3;
    private const int OneTimes = 150;

    private string _scratch = null!;

    [SetUp]
    public void MakeScratch() => _scratch = Directory.CreateTempSubdirectory("spotlight-growth-").FullName;

    [TearDown]
    public void RemoveScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public void Four_times_the_reports_take_at_most_five_times_as_long()
    {
        var seed = TreeCorpus.Parse(Path.Combine("seeds", TestFiles.SeedName));
        var small = Enumerable.Range(0, OneTimes).Select(week => Moved(seed, week)).ToList();
        var large = Enumerable.Range(0, 4 * OneTimes).Select(week => Moved(seed, week)).ToList();
        long smallEvents = Timeline(small), largeEvents = Timeline(large);
        Assert.That(largeEvents, Is.InRange(3.5 * smallEvents, 4.5 * smallEvents), "four times the events");
        Assert.That(smallEvents, Is.LessThan(OneTimes * 32), "some events are told by two neighbours and merged");

        var tries = new List<(double Ratio, string Measured)>();
        do
            tries.Add(Measure(small, large));
        while (tries.Count < Tries && tries[^1].Ratio > TimeRatio);
        foreach (var (_, measured) in tries)
            TestContext.Out.WriteLine(measured);
        Assert.That(tries[^1].Ratio, Is.LessThanOrEqualTo(TimeRatio), string.Join("\n", tries.Select(t => t.Measured)));
    }

    private (double Ratio, string Measured) Measure(List<ReportTree> small, List<ReportTree> large)
    {
        double smallTime = double.MaxValue, largeTime = double.MaxValue;
        for (int run = 0; run < Runs; run++)
        {
            smallTime = Math.Min(smallTime, Cpu(() => Timeline(small)));
            largeTime = Math.Min(largeTime, Cpu(() => Timeline(large)));
        }
        return (largeTime / smallTime, $"{small.Count} reports in {smallTime:F1} ms, {large.Count} in {largeTime:F1} ms: ×{largeTime / smallTime:F2}");
    }

    /// <summary>The whole timeline of the reports, with a bound that spills a run every 2,000 events; the events written.</summary>
    private long Timeline(List<ReportTree> reports)
    {
        using var sorter = new TimelineSorter(_scratch, new SpillBound(2_000, long.MaxValue));
        for (int report = 0; report < reports.Count; report++)
        {
            foreach (var entry in TimelineEvents.Entries(reports[report], TimelineFilter.None, report))
                sorter.Add(entry);
        }
        long written = 0;
        using (var output = new CsvTimelineWriter().Open(Stream.Null))
        {
            foreach (var e in sorter.Events())
            {
                output.Write(e);
                written++;
            }
        }
        return written;
    }

    /// <summary>The tree as if written <paramref name="weeks"/> weeks later: its file, period and day dates moved.</summary>
    private static ReportTree Moved(ReportTree tree, int weeks)
    {
        int days = 7 * weeks;
        var period = tree.Report.Period!;
        DateMention Move(DateMention date) => date.Granularity == DateGranularity.Day
            ? date with { Value = DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            : date;
        var sections = tree.Report.Sections.Select(section => section with
        {
            Items = [.. section.Items.Select(item => item with { Dates = [.. item.Dates.Select(Move)] })],
            Figures = [.. section.Figures.Select(figure => figure with { Dates = [.. figure.Dates.Select(Move)] })],
        });
        return tree with
        {
            Input = tree.Input with { Path = $"archive/week-{weeks:D4}.txt" },
            Report = tree.Report with { Period = period with { Start = period.Start.AddDays(days), End = period.End.AddDays(days) }, Sections = [.. sections] },
        };
    }

    private static double Cpu(Action action) => RunCost.Of(action).Milliseconds;
}
