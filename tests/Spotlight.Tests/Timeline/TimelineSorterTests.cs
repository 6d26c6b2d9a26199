using Spotlight.Tests.Writing;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>
/// The sort of a timeline larger than memory: the same timeline whether it spills or not, with runs merged as they pile
/// up and texts read back from their own file, and no temporary file left, read whole or not.
/// </summary>
public sealed class TimelineSorterTests
{
    private string _scratch = null!;

    [SetUp]
    public void MakeScratch() => _scratch = Directory.CreateTempSubdirectory("spotlight-sort-").FullName;

    [TearDown]
    public void RemoveScratch() => Directory.Delete(_scratch, recursive: true);

    /// <summary>The seed and every text sample, their events numbered as a timeline run numbers them.</summary>
    private static List<TimelineEntry> Corpus() =>
        [.. TreeCorpus.Names().SelectMany((name, report) => TimelineEvents.Entries(TreeCorpus.Parse(name), TimelineFilter.None, report))];

    /// <summary>An event as text, every field in it (a record compares its lists by reference).</summary>
    internal static string Shown(TimelineEvent e) =>
        System.Text.Json.JsonSerializer.Serialize(e, Spotlight.Writing.Timeline.TimelineJsonContext.Default.TimelineEvent);

    private List<string> Timeline(List<TimelineEntry> entries, SpillBound bound, int fanIn, out int runs)
    {
        using var sorter = new TimelineSorter(_scratch, bound, fanIn);
        foreach (var entry in entries)
            sorter.Add(entry);
        var events = sorter.Events().Select(Shown).ToList();
        runs = sorter.RunsWritten;
        return events;
    }

    [Test]
    public void Spilled_runs_give_the_timeline_sorted_in_memory()
    {
        var entries = Corpus();
        var inMemory = Timeline(entries, SpillBound.Default, TimelineSorter.DefaultFanIn, out int none);
        var spilled = Timeline(entries, new SpillBound(7, long.MaxValue), 3, out int runs);
        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(257));
            Assert.That(inMemory, Has.Count.EqualTo(257), "the text samples tell nothing twice");
            Assert.That(none, Is.Zero);
            // Every report holds more than 7 events: a run a report but the last (12), every 3 runs merged into one (4, then 1).
            Assert.That(runs, Is.EqualTo(12 + 4 + 1));
            Assert.That(spilled, Is.EqualTo(inMemory), "events read back, texts and all, equal the events written, in the same order");
            Assert.That(Directory.EnumerateFileSystemEntries(_scratch), Is.Empty);
        });
    }

    [Test]
    public void A_run_is_spilled_between_two_reports_never_inside_one()
    {
        var entries = Corpus();
        using var sorter = new TimelineSorter(_scratch, new SpillBound(1, long.MaxValue));
        foreach (var entry in entries)
            sorter.Add(entry);
        Assert.That(sorter.RunsWritten, Is.EqualTo(entries.Select(e => e.Report).Distinct().Count() - 1), "one run a report, the last still held");
    }

    [Test]
    public void Repeated_texts_across_spilled_reports_are_merged_and_read_back_once_written()
    {
        var seed = TreeCorpus.Parse(System.IO.Path.Combine("seeds", TestFiles.SeedName));
        var entries = Enumerable.Range(0, 5).SelectMany(copy => TimelineEvents.Entries(seed with { Input = seed.Input with { Path = $"copy-{copy}.txt" } },
            TimelineFilter.None, copy)).ToList();
        var inMemory = Timeline(entries, SpillBound.Default, TimelineSorter.DefaultFanIn, out _);
        var spilled = Timeline(entries, new SpillBound(10, long.MaxValue), 2, out int runs);
        Assert.That(runs, Is.GreaterThan(4));
        Assert.That(spilled, Is.EqualTo(inMemory));
        Assert.That(spilled, Has.Count.EqualTo(32));
        Assert.That(spilled, Has.All.Contains("\"file\":\"copy-4.txt\""), "every copy tells every event");
        Assert.That(spilled, Has.None.Contains("\"text\":\"\""));
    }

    [Test]
    public void The_order_is_start_granularity_report_and_place_in_report()
    {
        using var sorter = new TimelineSorter(_scratch, new SpillBound(50, long.MaxValue), 4);
        foreach (var entry in Corpus())
            sorter.Add(entry);
        var sorted = sorter.Sorted().ToList();
        for (int i = 1; i < sorted.Count; i++)
        {
            var (a, b) = (sorted[i - 1], sorted[i]);
            var keyA = (a.Event.Start, a.Event.Granularity, a.Report, a.Sequence);
            var keyB = (b.Event.Start, b.Event.Granularity, b.Report, b.Sequence);
            Assert.That(keyA, Is.LessThan(keyB), $"entry {i}");
        }
        Assert.That(sorted[0].Event.Start, Is.EqualTo(new DateOnly(2006, 1, 1)), "a year sorts at its first day");
    }

    [Test]
    public void The_byte_bound_spills_too()
    {
        var entries = Corpus();
        long bytes = entries.Sum(e => 2L * e.Event.Text.Length);
        var timeline = Timeline(entries, new SpillBound(int.MaxValue, bytes / 10), TimelineSorter.DefaultFanIn, out int runs);
        Assert.That(runs, Is.InRange(5, 14));
        Assert.That(timeline, Is.EqualTo(Timeline(entries, SpillBound.Default, TimelineSorter.DefaultFanIn, out _)));
    }

    [Test]
    public void No_run_leaves_a_name_in_the_folder_while_it_is_open_or_when_reading_stops_early()
    {
        var sorter = new TimelineSorter(_scratch, new SpillBound(5, long.MaxValue), 4);
        foreach (var entry in Corpus())
            sorter.Add(entry);
        Assert.That(sorter.RunsWritten, Is.GreaterThan(12));
        Assert.That(Directory.EnumerateFileSystemEntries(_scratch), Is.Empty, "a run's name is removed once it is open");
        using (var reading = sorter.Events().GetEnumerator())
        {
            Assert.That(reading.MoveNext(), Is.True);
            Assert.That(reading.Current.Text, Is.Not.Empty);
        }
        sorter.Dispose();
        Assert.That(Directory.EnumerateFileSystemEntries(_scratch), Is.Empty);
    }

    [Test]
    public void A_folder_that_cannot_take_a_run_is_named()
    {
        string missing = Path.Combine(_scratch, "missing");
        using var sorter = new TimelineSorter(missing, new SpillBound(2, long.MaxValue));
        var entries = Corpus();
        var second = entries.First(e => e.Report == 1);
        foreach (var entry in entries.Where(e => e.Report == 0))
            sorter.Add(entry);
        var error = Assert.Throws<TimelineSpillException>(() => sorter.Add(second))!;
        Assert.That(error.Directory, Is.EqualTo(missing));
        Assert.That(error.Message, Does.StartWith($"cannot use temporary files in {missing} ("));
    }

    [Test]
    public void A_timeline_is_read_once()
    {
        using var sorter = new TimelineSorter(_scratch, SpillBound.Default);
        sorter.Add(Corpus()[0]);
        _ = sorter.Events().ToList();
        Assert.Throws<InvalidOperationException>(() => sorter.Sorted());
        Assert.Throws<InvalidOperationException>(() => sorter.Add(Corpus()[0]));
    }
}
