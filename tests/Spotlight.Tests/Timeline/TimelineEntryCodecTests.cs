using Spotlight.Model;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>An entry written to a run and read back is the same entry, each absent value still absent, its text by its place.</summary>
public sealed class TimelineEntryCodecTests
{
    private static TimelineEntry RoundTrip(TimelineEntry entry)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            TimelineEntryCodec.Write(writer, entry);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = TimelineEntryCodec.Read(reader);
        Assert.That(stream.Position, Is.EqualTo(stream.Length), "the entry is read to its end");
        return read;
    }

    [Test]
    public void Every_field_comes_back_and_the_text_as_its_place()
    {
        var e = new TimelineEvent("2021-W44", DateGranularity.Week, DateModifier.Late, new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 7),
            "late last week", "Syria", "syria", "Iranian Involvement in Syria", "figure", "A caption — with “quotes” and ► glyphs",
            [new TimelineSource("@IRNA", "IRNA", SourceKind.Inline, SourcePlatform.Twitter, "2021-11-02"), new TimelineSource("Fars", null, SourceKind.Citation, null, null)],
            [new TimelineReport("a.txt", "Spotlight on Iran", new DateOnly(2021, 11, 4), new DateOnly(2021, 11, 18), "syria-fig-1"),
             new TimelineReport("b.pdf", null, null, null, "syria-fig-2")]);
        var entry = TimelineEntry.Of(e, 12, 345) with { Stored = new StoredText(1L << 40, 47) };
        var read = RoundTrip(entry);
        Assert.Multiple(() =>
        {
            Assert.That((read.Report, read.Sequence, read.TextKey, read.Stored), Is.EqualTo((12, 345, TimelineText.Key(e.Text), (StoredText?)new StoredText(1L << 40, 47))));
            Assert.That(read.Event with { Sources = [], Reports = [] }, Is.EqualTo(e with { Text = "", Sources = [], Reports = [] }));
            Assert.That(read.Event.Sources, Is.EqualTo(e.Sources));
            Assert.That(read.Event.Reports, Is.EqualTo(e.Reports));
        });
    }

    [Test]
    public void Absent_values_stay_absent()
    {
        var e = new TimelineEvent("2021", DateGranularity.Year, null, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), "2021", null, "summary", null,
            "item", "", [], [new TimelineReport("-", null, null, null, "summary-1")]);
        var read = RoundTrip(TimelineEntry.Of(e, 0, 0) with { Stored = new StoredText(0, 0) }).Event;
        Assert.Multiple(() =>
        {
            Assert.That((read.Modifier, read.Region, read.SectionHeading, read.Text), Is.EqualTo(((DateModifier?)null, (string?)null, (string?)null, "")));
            Assert.That(read.Sources, Is.Empty);
            Assert.That(read.Reports, Is.EqualTo(e.Reports));
        });
    }

    [Test]
    public void An_entry_whose_text_is_not_stored_is_not_written()
    {
        var e = new TimelineEvent("2021", DateGranularity.Year, null, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), "2021", null, "summary", null,
            "item", "text", [], [new TimelineReport("-", null, null, null, "summary-1")]);
        using var writer = new BinaryWriter(new MemoryStream());
        Assert.Throws<InvalidOperationException>(() => TimelineEntryCodec.Write(writer, TimelineEntry.Of(e, 0, 0)));
    }
}
