using System.Buffers;
using System.Text;
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

    [Test]
    public void An_output_of_one_report_takes_no_second()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        using var stream = new MemoryStream();
        using var output = new JsonReportWriter().Open(stream, many: false);
        output.Write(seed);
        Assert.Throws<InvalidOperationException>(() => output.Write(seed));
    }

    [Test]
    public void A_batch_of_no_reports_is_an_empty_array_and_one_report_not_given_is_nothing()
    {
        Assert.That(TreeCorpus.Render(new JsonReportWriter()), Is.Empty);
        using var stream = new MemoryStream();
        new JsonReportWriter().Open(stream, many: true).Dispose();
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("[]\n"));
    }

    [Test]
    public void Many_compact_reports_are_one_line_ending_in_a_line_feed()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        string one = TreeCorpus.Render(new JsonReportWriter(indented: false), seed);
        string many = TreeCorpus.Render(new JsonReportWriter(indented: false), seed, seed);
        Assert.That(one, Does.StartWith("{\"schemaVersion\":1,").And.EndWith("}\n"));
        Assert.That(many, Is.EqualTo("[" + one.TrimEnd('\n') + "," + one.TrimEnd('\n') + "]\n"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Each_report_is_in_the_stream_as_soon_as_it_is_written(bool compact)
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        using var stream = new MemoryStream();
        var output = new JsonReportWriter(indented: !compact).Open(stream, many: true);
        output.Write(seed);
        string written = Encoding.UTF8.GetString(stream.ToArray());
        output.Dispose();
        string whole = Encoding.UTF8.GetString(stream.ToArray());
        Assert.That(written, Does.StartWith("[").And.Contain("\"diagnostics\":").And.EndWith("}"));
        Assert.That(whole, Does.StartWith(written));
        Assert.That(whole[written.Length..].Trim(), Is.EqualTo("]"));
    }

    [Test]
    public void Each_ndjson_report_is_in_the_stream_as_soon_as_it_is_written()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        using var stream = new MemoryStream();
        var output = new NdjsonReportWriter().Open(stream, many: true);
        output.Write(seed);
        string written = Encoding.UTF8.GetString(stream.ToArray());
        output.Dispose();
        Assert.That(written, Is.EqualTo(TreeCorpus.Render(new JsonReportWriter(indented: false), seed)));
        Assert.That(stream.Length, Is.EqualTo(Encoding.UTF8.GetByteCount(written)));
    }

    [Test]
    public void A_report_rendered_alone_is_its_ndjson_line_whichever_buffer_it_goes_to()
    {
        var documents = TreeCorpus.Names().Take(2).Select(TreeCorpus.Parse).ToArray();
        var writer = new NdjsonReportWriter();
        var buffers = new[] { new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>() };
        writer.Render(documents[0], buffers[0]);
        writer.Render(documents[1], buffers[1]);
        for (int i = 0; i < 2; i++)
        {
            Assert.That(Encoding.UTF8.GetString(buffers[i].WrittenSpan), Is.EqualTo(TreeCorpus.Render(new JsonReportWriter(indented: false), documents[i])),
                documents[i].Input.Path);
        }
    }
}
