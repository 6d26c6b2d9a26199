using Spotlight.Model;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>
/// The page holds counts, not events: four times the events leave the writer holding about what one time does (its
/// lanes' bounded buffers), far less than their markup, and take about four times as long to write and allocate about
/// four times as much.
/// </summary>
public sealed class HtmlTimelineGrowthTests
{
    private const int OneTimes = 5_000;
    private const double Ratio = 5;
    private const int Runs = 5;
    private const int Tries = 3;

    private static readonly string[] Regions = ["Syria", "Iraq", "Lebanon", "Yemen", "Gulf", "Afghanistan", "Africa", "Latin America"];

    private string _dir = "";

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("spotlight-timeline-growth-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    /// <summary>Events made one at a time, each with text of its own, over five years, eight regions and forty reports.</summary>
    private static IEnumerable<TimelineEvent> Events(int count)
    {
        var first = new DateOnly(2017, 1, 1);
        for (int i = 0; i < count; i++)
        {
            var day = first.AddDays((int)((long)i * 1826 / count));
            var report = new TimelineReport($"reports/{i % 40:000}.txt", "Spotlight on Iran", first, first.AddDays(14), $"item-{i}");
            yield return new TimelineEvent(day.ToString("yyyy-MM-dd"), DateGranularity.Day, null, day, day, day.ToString("MMMM d"),
                Regions[i % Regions.Length], "sec-1", null, "item",
                $"Event {i}: a delegation from Tehran met officials of the government in Damascus to discuss reconstruction contracts ({i}).",
                [new TimelineSource("Fars News Agency", "Fars", SourceKind.Citation, SourcePlatform.Telegram, day.ToString("yyyy-MM-dd"))], [report]);
        }
    }

    /// <summary>What stays reachable from the output after the events are written and before it is disposed, and the page's length.</summary>
    private (long Held, long Page) Write(int count)
    {
        var page = new CountingStream();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var output = new HtmlTimelineWriter(HtmlTimelineWriter.DefaultSpillAt, _dir).Open(page);
        foreach (var e in Events(count))
            output.Write(e);
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;
        output.Dispose();
        return (held, page.Length);
    }

    [Test]
    public void Four_times_the_events_do_not_hold_four_times_the_memory()
    {
        Write(OneTimes);
        var (small, smallPage) = Write(OneTimes);
        var (large, largePage) = Write(4 * OneTimes);
        TestContext.Out.WriteLine($"1×: {OneTimes:N0} events, page {smallPage:N0} bytes, {small:N0} bytes held; 4×: page {largePage:N0} bytes, {large:N0} bytes held");
        Assert.That(largePage, Is.GreaterThan(3.9 * smallPage));
        Assert.That(large, Is.LessThan(largePage / 10), "the writer holds a small part of the page");
        Assert.That(large, Is.LessThan(2 * small + 256 * 1024), "what it holds does not grow with the events");
    }

    [Test]
    public void Four_times_the_events_take_at_most_five_times_as_long_and_allocate_at_most_five_times_as_much()
    {
        var small = Events(OneTimes).ToList();
        var large = Events(4 * OneTimes).ToList();
        Measure(small);
        Measure(large);
        var tries = new List<(double Time, double Memory, string Measured)>();
        do
        {
            var smallTimes = new List<double>();
            var largeTimes = new List<double>();
            long smallBytes = long.MaxValue, largeBytes = long.MaxValue;
            for (int run = 0; run < Runs; run++)
            {
                var (ms, bytes) = Measure(small);
                smallTimes.Add(ms);
                smallBytes = Math.Min(smallBytes, bytes);
                (ms, bytes) = Measure(large);
                largeTimes.Add(ms);
                largeBytes = Math.Min(largeBytes, bytes);
            }
            double time = largeTimes.Min() / smallTimes.Min(), memory = (double)largeBytes / smallBytes;
            tries.Add((time, memory, $"1× {small.Count:N0} events in {smallTimes.Min():F1} ms ({smallBytes:N0} bytes allocated), "
                + $"4× in {largeTimes.Min():F1} ms ({largeBytes:N0} bytes allocated): ×{time:F2} time, ×{memory:F2} memory"));
        }
        while (tries[^1].Time > Ratio && tries.Count < Tries);
        string measured = string.Join("\n", tries.Select(t => t.Measured));
        TestContext.Out.WriteLine(measured);
        Assert.Multiple(() =>
        {
            Assert.That(tries[^1].Time, Is.LessThanOrEqualTo(Ratio), measured);
            Assert.That(tries[^1].Memory, Is.LessThanOrEqualTo(Ratio), measured);
        });
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }

    /// <summary>The cost of writing a page of the events (<see cref="RunCost"/>).</summary>
    private (double Milliseconds, long Bytes) Measure(List<TimelineEvent> events) => RunCost.Of(() =>
    {
        using var output = new HtmlTimelineWriter(HtmlTimelineWriter.DefaultSpillAt, _dir).Open(Stream.Null);
        foreach (var e in events)
            output.Write(e);
    });
}
