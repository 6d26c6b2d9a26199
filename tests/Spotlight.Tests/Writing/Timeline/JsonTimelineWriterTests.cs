using System.Text.Json.Nodes;
using Spotlight.Writing.Timeline;
using static Spotlight.Tests.Timeline.TimelineEventFactory;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>The timeline as a JSON array and as NDJSON: the record's fields under camelCase keys, the same in both.</summary>
public sealed class JsonTimelineWriterTests
{
    private static readonly string[] Keys =
        ["date", "granularity", "modifier", "start", "end", "dateText", "region", "section", "sectionHeading", "kind", "text", "sources", "reports"];

    [Test]
    public void No_event_is_an_empty_array_or_no_line()
    {
        Assert.That(TimelineCorpus.Render(new JsonTimelineWriter(), []), Is.EqualTo("[]\n"));
        Assert.That(TimelineCorpus.Render(new JsonTimelineWriter(lineEach: true), []), Is.Empty);
    }

    [Test]
    public void An_event_is_written_with_every_key_of_the_record()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", "Text ► “quoted”", November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "b.txt", "syria-3", "Text ► “quoted”"));
        var array = JsonNode.Parse(TimelineCorpus.Render(new JsonTimelineWriter(), merged))!.AsArray();
        var e = array.Single()!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(e.Select(p => p.Key), Is.EqualTo(Keys));
            Assert.That(e["date"]!.GetValue<string>(), Is.EqualTo("2021-11-08"));
            Assert.That(e["granularity"]!.GetValue<string>(), Is.EqualTo("day"));
            Assert.That(e["modifier"], Is.Null);
            Assert.That(e["start"]!.GetValue<string>(), Is.EqualTo("2021-11-08"));
            Assert.That(e["sources"]!.ToJsonString(), Is.EqualTo("""[{"name":"Reuters","outlet":"Reuters","kind":"citation","platform":null,"date":null}]"""));
            Assert.That(e["reports"]!.ToJsonString(), Is.EqualTo(
                """[{"file":"a.txt","series":"Spotlight on Iran","periodStart":"2021-11-01","periodEnd":"2021-11-07","id":"syria-1"},"""
                + """{"file":"b.txt","series":"Spotlight on Iran","periodStart":"2021-11-01","periodEnd":"2021-11-07","id":"syria-3"}]"""));
        });
        Assert.That(TimelineCorpus.Render(new JsonTimelineWriter(), merged), Does.Contain("Text ► “quoted”"), "text is written as itself, not escaped");
    }

    [Test]
    public void Ndjson_is_the_array_one_compact_event_a_line()
    {
        var events = TimelineCorpus.Events([Path.Combine("seeds", TestFiles.SeedName)]);
        string ndjson = TimelineCorpus.Render(new JsonTimelineWriter(lineEach: true), events);
        var lines = ndjson.Split('\n');
        var array = JsonNode.Parse(TimelineCorpus.Render(new JsonTimelineWriter(), events))!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(33));
            Assert.That(lines[^1], Is.Empty, "the last line ends too");
            Assert.That(lines[..^1].Select(line => JsonNode.Parse(line)!.ToJsonString()), Is.EqualTo(array.Select(e => e!.ToJsonString())));
            Assert.That(lines[0], Does.StartWith("""{"date":"2020-05","granularity":"month","modifier":null,"start":"2020-05-01","end":"2020-05-31","dateText":"May 2020","""));
        });
    }
}
