using Spotlight.Tests.Writing;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>
/// The sort of a timeline larger than memory: the same order whether it spills or not, with runs merged as they pile
/// up, and no temporary file left, read whole or not.
/// </summary>
public sealed class TimelineSorterTests
{
    private string _scratch = null!;

    [SetUp]
    public void MakeScratch() => _scratch = Directory.CreateTempSubdirectory("spotlight-sort-").FullName;

    [TearDown]
    public void RemoveScratch() => Directory.Delete(_scratch, recursive: true);

    /// <summary>The seed and every text sample, their events numbered as a timeline run numbers them.</summary>
    private static List<TimelineEntry> Corpus()
    {
        var entries = new List<TimelineEntry>();
        int report = 0;
        foreach (string name in TreeCorpus.Names())
        {
            var events = TimelineEvents.Of(TreeCorpus.Parse(name), TimelineFilter.None);
            entries.AddRange(events.Select((e, i) => new TimelineEntry(e, report, i)));
            report++;
        }
        return entries;
    }

    /// <summary>An entry as text, every field of its event in it (a record compares its lists by reference).</summary>
    internal static string Shown(TimelineEntry entry) =>
        $"{entry.Report} {entry.Sequence} {System.Text.Json.JsonSerializer.Serialize(entry.Event, Spotlight.Writing.Timeline.TimelineJsonContext.Default.TimelineEvent)}";

    private List<TimelineEntry> Sort(List<TimelineEntry> entries, SpillBound bound, int fanIn, out int runs)
    {
        using var sorter = new TimelineSorter(_scratch, bound, fanIn);
        foreach (var entry in entries)
            sorter.Add(entry);
        var sorted = sorter.Sorted().ToList();
        runs = sorter.RunsWritten;
        return sorted;
    }

    [Test]
    public void Spilled_runs_merge_to_the_order_sorted_in_memory()
    {
        var entries = Corpus();
        var inMemory = Sort(entries, SpillBound.Default, TimelineSorter.DefaultFanIn, out int none);
        var spilled = Sort(entries, new SpillBound(7, long.MaxValue), 3, out int runs);
        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(257));
            Assert.That(none, Is.Zero);
            // A run every 7 entries (36), and every 3 runs of a size merged into one of the next: 12, then 4, then 1.
            Assert.That(runs, Is.EqualTo(36 + 12 + 4 + 1));
            Assert.That(spilled.Select(Shown), Is.EqualTo(inMemory.Select(Shown)), "events read back equal the events written, in the same order");
            Assert.That(Directory.EnumerateFileSystemEntries(_scratch), Is.Empty);
        });
    }

    [Test]
    public void The_order_is_start_granularity_report_and_place_in_report()
    {
        var sorted = Sort(Corpus(), new SpillBound(50, long.MaxValue), 4, out _);
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
        var sorted = Sort(entries, new SpillBound(int.MaxValue, bytes / 10), TimelineSorter.DefaultFanIn, out int runs);
        Assert.That(runs, Is.InRange(5, 40));
        Assert.That(sorted.Select(Shown), Is.EqualTo(Sort(entries, SpillBound.Default, TimelineSorter.DefaultFanIn, out _).Select(Shown)));
    }

    [Test]
    public void No_run_leaves_a_name_in_the_folder_while_it_is_open_or_when_reading_stops_early()
    {
        var sorter = new TimelineSorter(_scratch, new SpillBound(5, long.MaxValue), 4);
        foreach (var entry in Corpus().Take(200))
            sorter.Add(entry);
        Assert.That(sorter.RunsWritten, Is.GreaterThan(40));
        Assert.That(Directory.EnumerateFileSystemEntries(_scratch), Is.Empty, "a run's name is removed once it is open");
        using (var reading = sorter.Sorted().GetEnumerator())
        {
            Assert.That(reading.MoveNext(), Is.True);
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
        sorter.Add(entries[0]);
        var error = Assert.Throws<TimelineSpillException>(() => sorter.Add(entries[1]))!;
        Assert.That(error.Directory, Is.EqualTo(missing));
        Assert.That(error.Message, Does.StartWith($"cannot use temporary files in {missing} ("));
    }

    [Test]
    public void A_timeline_is_read_once()
    {
        using var sorter = new TimelineSorter(_scratch, SpillBound.Default);
        sorter.Add(Corpus()[0]);
        _ = sorter.Sorted().ToList();
        Assert.Throws<InvalidOperationException>(() => sorter.Sorted());
        Assert.Throws<InvalidOperationException>(() => sorter.Add(Corpus()[0]));
    }
}
