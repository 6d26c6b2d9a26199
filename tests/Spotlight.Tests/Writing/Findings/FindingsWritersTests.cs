using Spotlight.Writing.Findings;
using Spotlight.Validation;

namespace Spotlight.Tests.Writing.Findings;

/// <summary>The table of findings formats: every row reached by its name and its extensions.</summary>
public sealed class FindingsWritersTests
{
    private static IEnumerable<FindingsFormat> Rows => FindingsWriters.All;

    [Test]
    public void The_table_holds_text_json_sarif_github_and_codequality_with_text_the_default()
    {
        Assert.That(FindingsWriters.Names, Is.EqualTo(new[] { "text", "json", "sarif", "github", "codequality" }));
        Assert.That(FindingsWriters.Default.Name, Is.EqualTo("text"));
    }

    [TestCaseSource(nameof(Rows))]
    public void Each_row_is_reached_by_its_name_and_each_extension(FindingsFormat row)
    {
        Assert.That(FindingsWriters.ForName(row.Name), Is.SameAs(row));
        foreach (string extension in row.Extensions)
            Assert.That(FindingsWriters.ForPath("ci/findings" + extension), Is.SameAs(row));
    }

    [TestCase("findings.sarif", "sarif")]
    [TestCase("findings.SARIF", "sarif")]
    [TestCase("findings.sarif.json", "sarif")]
    [TestCase("findings.json", "json")]
    [TestCase("findings.txt", null)]
    [TestCase("findings.log", null)]
    public void The_longest_extension_decides(string path, string? format)
    {
        Assert.That(FindingsWriters.ForPath(path)?.Name, Is.EqualTo(format));
    }

    [Test]
    public void Only_codequality_shares_an_extension_and_it_still_chooses_json()
    {
        Assert.That(FindingsWriters.All.Where(row => row.SharedExtensions.Count > 0).Select(row => (row.Name, string.Join(" ", row.SharedExtensions))),
            Is.EqualTo(new[] { ("codequality", ".json") }));
        Assert.That(FindingsWriters.ForPath("gl-code-quality-report.json")?.Name, Is.EqualTo("json"));
    }

    [TestCase("markdown")]
    [TestCase("")]
    public void A_format_no_row_is_named_by_is_none(string name)
    {
        Assert.That(FindingsWriters.ForName(name), Is.Null);
    }

    [TestCase("text", typeof(TextFindingsWriter))]
    [TestCase("json", typeof(JsonFindingsWriter))]
    [TestCase("sarif", typeof(SarifFindingsWriter))]
    [TestCase("github", typeof(GitHubFindingsWriter))]
    [TestCase("codequality", typeof(CodeQualityFindingsWriter))]
    public void Each_row_makes_its_writer(string name, Type writer)
    {
        Assert.That(FindingsWriters.ForName(name)!.Create("1.2.3", DiagnosticCatalog.All), Is.TypeOf(writer));
    }

    [TestCaseSource(nameof(Rows))]
    public void Each_writer_leaves_the_stream_it_was_given_open(FindingsFormat row)
    {
        using var buffer = new MemoryStream();
        using (var output = row.Create("1.2.3", DiagnosticCatalog.All).Open(buffer))
            output.Write(new FileFindings("a.txt", [new("SPT008", Spotlight.Diagnostics.DiagnosticSeverity.Warning, "item cites no source", 3, 1, null)]));
        Assert.That(buffer.CanWrite, Is.True, "the stream belongs to the caller");
    }
}
