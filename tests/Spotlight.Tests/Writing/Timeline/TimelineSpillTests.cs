using Spotlight.Model;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;
using static Spotlight.Tests.Writing.Timeline.HandMadeEvents;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>
/// A lane moves its events' markup to a temporary file past a bound: the page is the same with a bound small enough
/// that every lane spills as with none reached, and the files are gone afterwards, also when writing the page fails.
/// </summary>
public sealed class TimelineSpillTests
{
    private string _dir = "";

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("spotlight-timeline-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    private static IEnumerable<TimelineEvent> Events(int count) =>
        Enumerable.Range(0, count).Select(i => Make(
            new DateOnly(2021, 1, 1).AddDays(i / 3).ToString("yyyy-MM-dd"),
            (i % 4) switch { 0 => "Syria", 1 => "Iraq", 2 => "Yemen", _ => null },
            $"Event {i}: a delegation from Tehran met officials (“ünïcode” 😀 & <b>).",
            sources: [new TimelineSource("Fars News Agency", "Fars", SourceKind.Citation, SourcePlatform.Telegram, "2021-01-02")]));

    [Test]
    public void A_page_spilled_to_files_is_the_page_written_in_memory()
    {
        var events = Events(400).ToList();
        string inMemory = TimelinePage.Text(events, new HtmlTimelineWriter(int.MaxValue, _dir));

        using var stream = new MemoryStream();
        using (var output = new HtmlTimelineWriter(spillAt: 1000, _dir).Open(stream))
        {
            foreach (var e in events)
                output.Write(e);
            Assert.That(Directory.GetFiles(_dir), Has.Length.EqualTo(4), "each of the four lanes has spilled");
            Assert.That(Directory.GetFiles(_dir).Sum(f => new FileInfo(f).Length), Is.GreaterThan(100_000));
        }
        string spilled = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.That(spilled, Is.EqualTo(inMemory));
        Assert.That(Directory.GetFiles(_dir), Is.Empty, "the temporary files are deleted");
        var page = TimelinePage.Parse(spilled);
        Assert.That(page.All("li.event").Length, Is.EqualTo(400));
        Assert.That(page.EventTexts("Syria")[99], Does.StartWith("Event 396:"));
    }

    [Test]
    public void The_temporary_files_are_deleted_when_writing_the_page_fails()
    {
        var stream = new FailingStream();
        var output = new HtmlTimelineWriter(spillAt: 1000, _dir).Open(stream);
        foreach (var e in Events(200))
            output.Write(e);
        Assert.That(Directory.GetFiles(_dir), Is.Not.Empty);
        Assert.Throws<IOException>(output.Dispose);
        Assert.That(Directory.GetFiles(_dir), Is.Empty);
    }

    /// <summary>An output that takes the page's head, then fails, as a full disk would.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length > 0)
                throw new IOException("No space left on device");
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
    }
}
