using System.Text.Json.Nodes;
using Spotlight.Model;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

public sealed class YamlWriterTests
{
    private static JsonNode Json(ReportTree document) => JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), document))!;

    [TestCaseSource(typeof(TreeCorpus), nameof(TreeCorpus.Names))]
    public void Yaml_reads_back_as_the_json_tree(string path)
    {
        var document = TreeCorpus.Parse(path);
        var yaml = YamlReadBack.Documents(TreeCorpus.Render(new YamlReportWriter(), document));
        Assert.That(yaml, Has.Count.EqualTo(1));
        Assert.That(JsonNode.DeepEquals(yaml[0], Json(document)), Is.True,
            $"YAML and JSON differ for {path}");
    }

    [Test]
    public void Many_reports_are_one_document_each()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        var sample = TreeCorpus.Parse(TreeCorpus.Names().Last());
        string text = TreeCorpus.Render(new YamlReportWriter(), seed, sample);
        Assert.That(text.Split('\n').Count(line => line == "---"), Is.EqualTo(2));
        var documents = YamlReadBack.Documents(text);
        Assert.That(documents.Select(d => d!["input"]!["path"]!.GetValue<string>()), Is.EqualTo(new[] { seed.Input.Path, sample.Input.Path }));
        Assert.That(JsonNode.DeepEquals(documents[1], Json(sample)), Is.True);
    }

    [TestCase("yes")]
    [TestCase("No")]
    [TestCase("null")]
    [TestCase("~")]
    [TestCase("true")]
    [TestCase("1.0")]
    [TestCase("2021")]
    [TestCase("0x1F")]
    [TestCase(".inf")]
    [TestCase("2021-11-10")]
    [TestCase("@dyaakaddor, November 6")]
    [TestCase("*emphasis")]
    [TestCase("- ▶")]
    [TestCase("Source: Fars")]
    [TestCase("ends with a colon:")]
    [TestCase("a # not a comment")]
    [TestCase(" leading space")]
    [TestCase("")]
    [TestCase("first line\nsecond line")]
    [TestCase("'quoted'")]
    [TestCase("%percent")]
    [TestCase("12:30:45")]
    [TestCase("-1")]
    [TestCase("+.5")]
    [TestCase("1e5")]
    [TestCase(".NaN")]
    [TestCase("0o17")]
    [TestCase("Off")]
    [TestCase("Y")]
    [TestCase("trailing space ")]
    [TestCase("a\u2028b")]
    [TestCase("a\u2029b")]
    [TestCase("a\uFEFFb")]
    [TestCase("a\u0085b")]
    public void Strings_yaml_would_misread_stay_strings(string value)
    {
        var document = TreeCorpus.Parse(TreeCorpus.Names().First());
        var tricky = document with { Report = document.Report with { Series = value } };
        string yaml = TreeCorpus.Render(new YamlReportWriter(), tricky);
        var series = YamlReadBack.Documents(yaml)[0]!["report"]!["series"];
        Assert.That(series?.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String));
        Assert.That(series!.GetValue<string>(), Is.EqualTo(value));
    }

    [Test]
    public void Multi_line_text_stays_one_string_on_one_line()
    {
        var document = TreeCorpus.Parse(TreeCorpus.Names().First());
        var tricky = document with { Report = document.Report with { Series = "one\ntwo" } };
        string yaml = TreeCorpus.Render(new YamlReportWriter(), tricky);
        Assert.That(yaml, Does.Contain("  series: \"one\\ntwo\"\n"));
    }

    [Test]
    public void Line_ranges_are_inline_lists()
    {
        string yaml = TreeCorpus.Render(new YamlReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First()));
        Assert.That(yaml, Does.Contain("    lines: [20, 40]\n"));
        Assert.That(yaml, Does.Contain("  period:\n    start: \"2021-11-04\"\n"));
    }

    private static string WithSeries(string series)
    {
        var document = TreeCorpus.Parse(TreeCorpus.Names().First());
        return TreeCorpus.Render(new YamlReportWriter(), document with { Report = document.Report with { Series = series } });
    }

    [TestCase("Spotlight on Iran", "Spotlight on Iran")]
    [TestCase("x:y", "x:y")]
    [TestCase("C# 10", "C# 10")]
    [TestCase("a-b, c? d", "a-b, c? d")]
    [TestCase("100%", "100%")]
    [TestCase("yes and no", "yes and no")]
    [TestCase("2021 report", "2021 report")]
    [TestCase("@x", "\"@x\"")]
    [TestCase("-x", "\"-x\"")]
    [TestCase("yes", "\"yes\"")]
    [TestCase("a: b", "\"a: b\"")]
    [TestCase("a #b", "\"a #b\"")]
    [TestCase("a:", "\"a:\"")]
    [TestCase(" a", "\" a\"")]
    [TestCase("a ", "\"a \"")]
    [TestCase("", "\"\"")]
    [TestCase("tab\there", "\"tab\there\"")]
    public void A_string_is_written_plain_unless_yaml_would_misread_it(string value, string written)
    {
        Assert.That(WithSeries(value), Does.Contain("\n  series: " + written + "\n"));
    }

    [TestCase("a\u2028b")]
    [TestCase("a\u2029b")]
    [TestCase("a\uFEFFb")]
    public void A_line_or_paragraph_separator_or_a_byte_order_mark_stays_inside_one_double_quoted_line(string value)
    {
        string line = WithSeries(value).Split('\n').Single(l => l.StartsWith("  series: ", StringComparison.Ordinal));
        Assert.That(line, Does.StartWith("  series: \"a").And.EndWith("b\""));
    }

    [Test]
    public void One_report_is_one_document_without_markers_and_its_lists_block_or_inline()
    {
        string yaml = TreeCorpus.Render(new YamlReportWriter(), TreeCorpus.Parse(Path.Combine("samples", "008_pdf_n_bullets_footnote.txt")));
        Assert.That(yaml, Does.StartWith("schemaVersion: 1\ninput:\n  path: samples/008_pdf_n_bullets_footnote.txt\n  format: text\n"));
        Assert.That(yaml, Does.Contain("\n  sections:\n  - id: overview\n    kind: summary\n    heading: Main events of the week\n    region: null\n"
            + "    lines: [5, 24]\n    items:\n    - id: overview-1\n      marker: \"n\"\n"));
        Assert.That(yaml, Does.Contain("\n      dates:\n      - text: April 10\n        value: \"2018-04-10\"\n        granularity: day\n"
            + "        modifier: null\n        relative: false\n        start: 207\n        length: 8\n"));
        Assert.That(yaml, Does.Contain("\n    figures: []\n  footnotes:\n  - mark: \"1\"\n"));
        Assert.That(yaml, Does.EndWith("\nstats:\n  sections: 4\n  items: 15\n  figures: 1\n  dates: 20\n  sources: 16\ndiagnostics: []\n"));
    }

    [Test]
    public void Many_reports_each_open_with_a_marker_and_none_is_closed_by_one()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        string yaml = TreeCorpus.Render(new YamlReportWriter(), seed, seed);
        Assert.That(yaml, Does.StartWith("---\nschemaVersion: 1\n"));
        Assert.That(yaml, Does.Contain("\ndiagnostics: []\n---\nschemaVersion: 1\n"));
        Assert.That(yaml, Does.EndWith("\ndiagnostics: []\n"));
        Assert.That(yaml.Split('\n'), Has.None.EqualTo("..."));
    }

    [Test]
    public void Each_report_is_in_the_stream_as_soon_as_it_is_written()
    {
        using var stream = new MemoryStream();
        var output = new YamlReportWriter().Open(stream, many: true);
        output.Write(TreeCorpus.Parse(TreeCorpus.Names().First()));
        string written = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        output.Dispose();
        Assert.That(written, Does.StartWith("---\n").And.EndWith("\ndiagnostics: []\n"));
        Assert.That(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(written));
    }

    [Test]
    public void A_stream_that_fails_gives_its_own_error_and_closing_the_output_adds_none()
    {
        using var stream = new FailingStream();
        var output = new YamlReportWriter().Open(stream, many: true);
        Assert.Throws<IOException>(() => output.Write(TreeCorpus.Parse(TreeCorpus.Names().First())));
        Assert.DoesNotThrow(output.Dispose);
    }

    /// <summary>A disk that is full: every write fails.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("no space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("no space left on device");
    }
}
