using System.Text.Json.Nodes;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

public sealed class JsonWriterTests
{
    [Test]
    public void One_report_is_an_indented_object_and_compact_is_one_line()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        string indented = TreeCorpus.Render(new JsonReportWriter(), seed);
        string compact = TreeCorpus.Render(new JsonReportWriter(indented: false), seed);
        Assert.That(indented, Does.StartWith("{\n  \"schemaVersion\": 1,"));
        Assert.That(compact.TrimEnd('\n'), Does.Not.Contain('\n'));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(indented), JsonNode.Parse(compact)), Is.True);
    }

    [Test]
    public void Many_reports_are_an_array_in_input_order()
    {
        var documents = TreeCorpus.Names().Take(3).Select(TreeCorpus.Parse).ToArray();
        var array = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), documents))!.AsArray();
        Assert.That(array.Select(t => t!["input"]!["path"]!.GetValue<string>()), Is.EqualTo(documents.Select(d => d.Input.Path)));
        Assert.That(JsonNode.DeepEquals(array[1], JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), documents[1]))), Is.True);
    }

    [Test]
    public void Ndjson_is_one_compact_tree_per_line()
    {
        var documents = TreeCorpus.Names().Select(TreeCorpus.Parse).ToArray();
        string ndjson = TreeCorpus.Render(new NdjsonReportWriter(), documents);
        var lines = ndjson.Split('\n');
        Assert.That(lines[^1], Is.Empty, "every line ends with a line feed");
        Assert.That(lines[..^1], Has.Length.EqualTo(documents.Length));
        for (int i = 0; i < documents.Length; i++)
        {
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(lines[i]), JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), documents[i]))),
                Is.True, documents[i].Input.Path);
        }
    }
}
