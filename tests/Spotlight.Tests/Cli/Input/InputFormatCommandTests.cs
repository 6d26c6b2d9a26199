using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Input;

/// <summary>HTML and PDF inputs end to end: detection by content, --from, directories.</summary>
public sealed class InputFormatCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CopyTwins()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-inputs-").FullName;
        foreach (string extension in new[] { "txt", "html", "pdf" })
            File.Copy(Path.Combine(TestFiles.Samples, $"002_new_year_topics.{extension}"), Path.Combine(_dir, $"report.{extension}"));
        File.Copy(Path.Combine(TestFiles.Samples, "002_new_year_topics.pdf"), Path.Combine(_dir, "misnamed.txt"));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    private static JsonNode Tree(CliRunner.Result result) => JsonNode.Parse(result.Stdout)!;

    [TestCase("report.html", "html")]
    [TestCase("report.pdf", "pdf")]
    [TestCase("misnamed.txt", "pdf")]
    public void The_format_is_told_by_content(string file, string format)
    {
        var result = CliRunner.Run(_dir, "parse", file, "--compact");
        Assert.That(result.ExitCode, Is.Zero);
        var tree = Tree(result);
        Assert.That(tree["input"]!["format"]!.GetValue<string>(), Is.EqualTo(format));
        Assert.That(tree["stats"]!["items"]!.GetValue<int>(), Is.EqualTo(12));
    }

    [Test]
    public void Stdin_is_told_by_content_too()
    {
        var result = CliRunner.Run(_dir, File.ReadAllBytes(Path.Combine(_dir, "report.pdf")), "parse", "-", "--compact");
        Assert.That(Tree(result)["input"]!["format"]!.GetValue<string>(), Is.EqualTo("pdf"));
    }

    [Test]
    public void From_overrides_detection()
    {
        var result = CliRunner.Run(_dir, "parse", "report.html", "--from", "text", "--compact");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(Tree(result)["input"]!["format"]!.GetValue<string>(), Is.EqualTo("text"));
        var textAsPdf = CliRunner.Run(_dir, "parse", "report.txt", "--from", "pdf");
        Assert.That(textAsPdf.ExitCode, Is.EqualTo(1));
        Assert.That(textAsPdf.Stderr, Does.StartWith("spotlight: report.txt: damaged PDF (").And.Not.Contain("   at "));
    }

    [Test]
    public void A_directory_gives_its_text_html_and_pdf_reports()
    {
        var result = CliRunner.Run(_dir, "parse", ".", "-f", "ndjson", "-q");
        var formats = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!["input"]!["format"]!.GetValue<string>()).ToList();
        Assert.That(formats, Is.EqualTo(new[] { "pdf", "html", "pdf", "text" }), "misnamed.txt, report.html, report.pdf, report.txt");
    }
}
