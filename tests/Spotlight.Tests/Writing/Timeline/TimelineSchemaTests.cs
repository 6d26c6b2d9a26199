using System.Text.Json.Nodes;
using NJsonSchema;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary><c>spotlight schema --timeline</c> describes what timeline writes: every event validates, and a changed one does not.</summary>
public sealed class TimelineSchemaTests
{
    private static JsonSchema Schema => JsonSchema.FromJsonAsync(TimelineSchema.Build().ToJsonString()).GetAwaiter().GetResult();

    [Test]
    public void Every_event_of_the_seed_and_the_samples_validates_in_json_and_ndjson()
    {
        var events = TimelineCorpus.Events(TimelineCorpus.Inputs());
        var schema = Schema;
        var array = JsonNode.Parse(TimelineCorpus.Render(new JsonTimelineWriter(), events))!.AsArray();
        var lines = TimelineCorpus.Render(new JsonTimelineWriter(lineEach: true), events).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(array, Has.Count.GreaterThan(250));
        Assert.That(lines, Has.Length.EqualTo(array.Count));
        Assert.That(array.SelectMany(e => schema.Validate(e!.ToJsonString())).Select(error => error.ToString()), Is.Empty);
        Assert.That(lines.SelectMany(line => schema.Validate(line)).Select(error => error.ToString()), Is.Empty);
        Assert.That(array.Any(e => e!["reports"]!.AsArray().Count > 1), Is.True, "the samples' twins give merged events");
        Assert.That(array.Select(e => e!["granularity"]!.GetValue<string>()).Distinct(), Is.EquivalentTo(new[] { "day", "week", "month", "year" }));
    }

    [TestCase("kind", "\"chapter\"")]
    [TestCase("granularity", "\"quarter\"")]
    [TestCase("start", "null")]
    [TestCase("reports", "[]")]
    [TestCase("extra", "1")]
    public void An_event_with_a_wrong_or_unknown_field_does_not(string key, string value)
    {
        var events = TimelineCorpus.Events([Path.Combine("seeds", TestFiles.SeedName)]);
        var e = JsonNode.Parse(TimelineCorpus.Render(new JsonTimelineWriter(lineEach: true), events).Split('\n')[0])!;
        Assert.That(Schema.Validate(e.ToJsonString()), Is.Empty);
        e[key] = JsonNode.Parse(value);
        Assert.That(Schema.Validate(e.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void Every_field_of_the_event_is_required()
    {
        var schema = TimelineSchema.Build();
        Assert.That(schema["required"]!.AsArray().Select(n => n!.GetValue<string>()),
            Is.EqualTo(schema["properties"]!.AsObject().Select(p => p.Key)));
        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }
}
