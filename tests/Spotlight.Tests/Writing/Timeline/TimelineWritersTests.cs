using Spotlight.Writing;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>The table of timeline formats: each reached by its name and its extensions; CSV the default.</summary>
public sealed class TimelineWritersTests
{
    [TestCase("csv", ".csv")]
    [TestCase("json", ".json")]
    [TestCase("ndjson", ".ndjson .jsonl")]
    public void A_format_is_reached_by_its_name_and_each_extension_in_any_case(string name, string extensions)
    {
        var row = TimelineWriters.ForName(name);
        Assert.That(row, Is.Not.Null);
        Assert.That(string.Join(" ", row!.Extensions), Is.EqualTo(extensions));
        foreach (string extension in row.Extensions)
        {
            Assert.That(FileFormats.ClaimedBy(TimelineWriters.All, "out/timeline" + extension), Is.SameAs(row));
            Assert.That(FileFormats.ClaimedBy(TimelineWriters.All, "TIMELINE" + extension.ToUpperInvariant()), Is.SameAs(row));
        }
    }

    [Test]
    public void Csv_is_the_default_and_each_row_makes_its_own_writer()
    {
        Assert.That(TimelineWriters.Default.Name, Is.EqualTo("csv"));
        Assert.That(TimelineWriters.ForName("yaml"), Is.Null);
        Assert.That(TimelineWriters.ForName("csv")!.Create(), Is.TypeOf<CsvTimelineWriter>());
        Assert.That(TimelineWriters.ForName("json")!.Create(), Is.TypeOf<JsonTimelineWriter>().With.Property("LineEach").False);
        Assert.That(TimelineWriters.ForName("ndjson")!.Create(), Is.TypeOf<JsonTimelineWriter>().With.Property("LineEach").True);
        Assert.That(TimelineWriters.Names, Is.EqualTo(TimelineWriters.All.Select(row => row.Name)));
    }
}
