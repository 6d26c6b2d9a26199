using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Spotlight.Diagnostics;
using Spotlight.Writing.Findings;

namespace Spotlight.Tests.Writing.Findings;

/// <summary>GitLab Code Quality reports: the keys GitLab reads, the severities it knows, fingerprints it can match across runs.</summary>
public sealed class CodeQualityFindingsWriterTests
{
    private static readonly Diagnostic Warning = new("SPT008", DiagnosticSeverity.Warning, "item cites no source", 84, 3, "afghanistan-3");

    private static JsonArray Render(params FileFindings[] files)
    {
        using var stream = new MemoryStream();
        using (var output = new CodeQualityFindingsWriter().Open(stream))
        {
            foreach (var file in files)
                output.Write(file);
        }
        return JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!.AsArray();
    }

    [Test]
    public void An_issue_has_the_keys_gitlab_reads_and_no_others()
    {
        var issue = Render(new FileFindings("reports/a.txt", [Warning])).Single()!.AsObject();
        Assert.That(issue.Select(p => p.Key), Is.EqualTo(new[] { "description", "check_name", "fingerprint", "severity", "location" }));
        Assert.That(issue["description"]!.GetValue<string>(), Is.EqualTo("item cites no source"));
        Assert.That(issue["check_name"]!.GetValue<string>(), Is.EqualTo("SPT008"));
        Assert.That(issue["severity"]!.GetValue<string>(), Is.EqualTo("minor"));
        Assert.That(issue["location"]!.ToJsonString(), Is.EqualTo("""{"path":"reports/a.txt","lines":{"begin":84}}"""));
    }

    [TestCase(DiagnosticSeverity.Error, "major")]
    [TestCase(DiagnosticSeverity.Warning, "minor")]
    [TestCase(DiagnosticSeverity.Info, "info")]
    public void Severities_map_to_gitlabs(DiagnosticSeverity severity, string expected)
    {
        var issue = Render(new FileFindings("a.txt", [Warning with { Severity = severity }])).Single()!;
        Assert.That(issue["severity"]!.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public void The_fingerprint_is_the_sha256_of_path_code_line_column_and_description()
    {
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("reports/a.txt\0SPT008\084\03\0item cites no source")));
        Assert.That(Render(new FileFindings("reports/a.txt", [Warning])).Single()!["fingerprint"]!.GetValue<string>(), Is.EqualTo(expected));
        Assert.That(expected, Has.Length.EqualTo(64));
    }

    [Test]
    public void The_same_finding_gives_the_same_fingerprint_in_every_run_and_any_difference_another()
    {
        string Of(string path, Diagnostic d) => Render(new FileFindings(path, [d])).Single()!["fingerprint"]!.GetValue<string>();
        string first = Of("reports/a.txt", Warning);
        Assert.That(Of("reports/a.txt", Warning), Is.EqualTo(first));
        Assert.That(Of("./reports/a.txt", Warning), Is.EqualTo(first), "the path GitLab sees is the same");
        var others = new[]
        {
            Of("reports/b.txt", Warning),
            Of("reports/a.txt", Warning with { Code = "SPT013" }),
            Of("reports/a.txt", Warning with { Line = 85 }),
            Of("reports/a.txt", Warning with { Column = 4 }),
            Of("reports/a.txt", Warning with { Message = "item cites no source!" }),
        };
        Assert.That(others, Has.None.EqualTo(first));
        Assert.That(others, Is.Unique);
    }

    [Test]
    public void Fields_do_not_run_into_each_other()
    {
        Assert.That(CodeQualityFindingsWriter.Fingerprint("a", "SPT008", 1, 23, "x"),
            Is.Not.EqualTo(CodeQualityFindingsWriter.Fingerprint("a", "SPT008", 12, 3, "x")));
    }

    [Test]
    public void A_leading_dot_slash_and_backslashes_are_left_out_of_the_path()
    {
        var issues = Render(new FileFindings("./reports/a.txt", [Warning]), new FileFindings(@"reports\b.txt", [Warning]));
        Assert.That(issues.Select(i => i!["location"]!["path"]!.GetValue<string>()), Is.EqualTo(new[] { "reports/a.txt", "reports/b.txt" }));
    }

    [Test]
    public void A_web_page_issue_stands_where_the_element_opens_in_the_pages_source()
    {
        var issue = Render(new FileFindings("r.html", [Warning with { Origin = new InputPosition(null, 212, 5) }])).Single()!;
        Assert.That(issue["location"]!["lines"]!["begin"]!.GetValue<int>(), Is.EqualTo(212));
        Assert.That(issue["fingerprint"]!.GetValue<string>(), Is.EqualTo(CodeQualityFindingsWriter.Fingerprint("r.html", "SPT008", 212, 5, "item cites no source")));
    }

    [Test]
    public void A_pdf_issue_stands_on_line_1_and_names_its_page_and_line_in_the_description()
    {
        var issue = Render(new FileFindings("r.pdf", [Warning with { Origin = new InputPosition(2, 14, 1) }])).Single()!;
        Assert.That(issue["location"]!["lines"]!["begin"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(issue["description"]!.GetValue<string>(), Is.EqualTo("page 2, line 14: item cites no source"));
    }

    [Test]
    public void A_finding_about_the_whole_input_stands_on_line_1()
    {
        var unplaced = new Diagnostic("SPT001", DiagnosticSeverity.Error, "no title line", null, null, null);
        var issue = Render(new FileFindings("a.txt", [unplaced])).Single()!;
        Assert.That((issue["location"]!["lines"]!["begin"]!.GetValue<int>(), issue["severity"]!.GetValue<string>()), Is.EqualTo((1, "major")));
    }

    [Test]
    public void No_findings_make_an_empty_array_and_issues_keep_the_order_of_files()
    {
        Assert.That(Render(new FileFindings("a.txt", [])), Is.Empty);
        var issues = Render(new FileFindings("b.txt", [Warning]), new FileFindings("a.txt", [Warning with { Line = 2 }]));
        Assert.That(issues.Select(i => i!["location"]!["path"]!.GetValue<string>()), Is.EqualTo(new[] { "b.txt", "a.txt" }));
    }
}
