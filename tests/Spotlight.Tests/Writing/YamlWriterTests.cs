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
}
