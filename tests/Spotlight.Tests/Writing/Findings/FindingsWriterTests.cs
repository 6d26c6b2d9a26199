using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using Spotlight.Model;
using Spotlight.Validation;
using Spotlight.Writing.Findings;

namespace Spotlight.Tests.Writing.Findings;

public sealed class FindingsWriterTests
{
    private static readonly ImmutableArray<Diagnostic> Findings =
    [
        new("SPT008", DiagnosticSeverity.Warning, "item cites no source", 84, 1, "afghanistan-3"),
        new("SPT018", DiagnosticSeverity.Error, "text is damaged by a wrong encoding: 'â€™'", 13, 7, null),
        new("SPT010", DiagnosticSeverity.Info, "unknown section heading: The Nuclear Program", 37, 1, null),
    ];

    private static string Render(IFindingsWriter writer, params FileFindings[] files)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream))
        {
            foreach (var file in files)
                output.Write(file);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void Text_is_in_the_compilers_form()
    {
        Assert.That(Render(new TextFindingsWriter(), new FileFindings("reports/a.txt", Findings)), Is.EqualTo(
            "reports/a.txt:84:1: warning SPT008: item cites no source\n"
            + "reports/a.txt:13:7: error SPT018: text is damaged by a wrong encoding: 'â€™'\n"
            + "reports/a.txt:37:1: info SPT010: unknown section heading: The Nuclear Program\n"));
    }

    [Test]
    public void GitHub_workflow_commands_escape_their_properties()
    {
        Assert.That(Render(new GitHubFindingsWriter(), new FileFindings("reports/a,b.txt", Findings)).Split('\n')[..3], Is.EqualTo(new[]
        {
            "::warning file=reports/a%2Cb.txt,line=84,col=1,title=SPT008::item cites no source",
            "::error file=reports/a%2Cb.txt,line=13,col=7,title=SPT018::text is damaged by a wrong encoding: 'â€™'",
            "::notice file=reports/a%2Cb.txt,line=37,col=1,title=SPT010::unknown section heading: The Nuclear Program",
        }));
    }

    [Test]
    public void Json_is_an_array_of_findings_with_their_file()
    {
        var array = JsonNode.Parse(Render(new JsonFindingsWriter(), new FileFindings("a.txt", Findings), new FileFindings("b.txt", [])))!.AsArray();
        Assert.That(array, Has.Count.EqualTo(3));
        Assert.That(array[0]!.ToJsonString(), Is.EqualTo(
            """{"file":"a.txt","code":"SPT008","severity":"warning","message":"item cites no source","line":84,"column":1,"itemId":"afghanistan-3"}"""));
    }

    [Test]
    public void Sarif_has_the_rules_and_physical_locations_and_validates_against_the_schema()
    {
        string sarif = Render(new SarifFindingsWriter("1.2.3", DiagnosticCatalog.All), new FileFindings("reports/a.txt", Findings), new FileFindings("reports/b.txt", Findings[..1]));
        var schema = JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();
        Assert.That(schema.Validate(sarif).Select(e => e.ToString()), Is.Empty);

        var run = JsonNode.Parse(sarif)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.That(rules.Select(r => r!["id"]!.GetValue<string>()), Is.EqualTo(DiagnosticCatalog.All.Select(d => d.Code)));
        Assert.That(rules.Single(r => r!["id"]!.GetValue<string>() == "SPT008")!["defaultConfiguration"]!["level"]!.GetValue<string>(), Is.EqualTo("warning"));
        var results = run["results"]!.AsArray();
        Assert.That(results, Has.Count.EqualTo(4));
        var first = results[0]!;
        Assert.That((first["ruleId"]!.GetValue<string>(), first["level"]!.GetValue<string>()), Is.EqualTo(("SPT008", "warning")));
        var location = first["locations"]![0]!["physicalLocation"]!;
        Assert.That((location["artifactLocation"]!["uri"]!.GetValue<string>(), location["region"]!["startLine"]!.GetValue<int>(), location["region"]!["startColumn"]!.GetValue<int>()),
            Is.EqualTo(("reports/a.txt", 84, 1)));
        Assert.That(results[2]!["level"]!.GetValue<string>(), Is.EqualTo("note"));
        Assert.That(rules[first["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>(), Is.EqualTo("SPT008"));
    }

    [Test]
    public void The_schema_check_is_not_vacuous()
    {
        var schema = JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();
        string broken = Render(new SarifFindingsWriter("1.2.3", DiagnosticCatalog.All), new FileFindings("a.txt", Findings)).Replace("\"level\": \"warning\"", "\"level\": \"loud\"");
        Assert.That(schema.Validate(broken), Is.Not.Empty);
        Assert.That(schema.Validate("""{"version": "2.1.0"}"""), Is.Not.Empty, "runs is required");
    }

    private static readonly Diagnostic Unplaced = new("SPT001", DiagnosticSeverity.Error, "no title line", null, null, null);

    [Test]
    public void A_finding_without_a_line_is_at_line_1_column_1()
    {
        Assert.That(Render(new TextFindingsWriter(), new FileFindings("a.txt", [Unplaced])), Is.EqualTo("a.txt:1:1: error SPT001: no title line\n"));
        Assert.That(Render(new GitHubFindingsWriter(), new FileFindings("a.txt", [Unplaced])),
            Is.EqualTo("::error file=a.txt,line=1,col=1,title=SPT001::no title line\n"));
    }

    [Test]
    public void Text_writes_control_characters_as_escapes()
    {
        var finding = new Diagnostic("SPT018", DiagnosticSeverity.Warning, "one\ttwo\rthree\0four\u001Ffive", 2, 3, null);
        Assert.That(Render(new TextFindingsWriter(), new FileFindings("a\u007F.txt", [finding])),
            Is.EqualTo("a\\x7F.txt:2:3: warning SPT018: one\\ttwo\\rthree\\x00four\\x1Ffive\n"));
    }

    [Test]
    public void GitHub_escapes_percent_and_line_breaks_in_the_message_and_colons_and_commas_too_in_properties()
    {
        var finding = new Diagnostic("SPT008", DiagnosticSeverity.Warning, "50% done\r\nnext: a, b", 4, 2, null);
        Assert.That(Render(new GitHubFindingsWriter(), new FileFindings("dir/a:b,c%.txt", [finding])),
            Is.EqualTo("::warning file=dir/a%3Ab%2Cc%25.txt,line=4,col=2,title=SPT008::50%25 done%0D%0Anext: a, b\n"));
    }

    [Test]
    public void Json_writes_every_field_of_each_finding_and_null_for_what_it_lacks()
    {
        Assert.That(Render(new JsonFindingsWriter(), new FileFindings("a.txt", [Findings[0], Findings[2] with { ItemId = null }, Unplaced])), Is.EqualTo("""
            [
              {
                "file": "a.txt",
                "code": "SPT008",
                "severity": "warning",
                "message": "item cites no source",
                "line": 84,
                "column": 1,
                "itemId": "afghanistan-3"
              },
              {
                "file": "a.txt",
                "code": "SPT010",
                "severity": "info",
                "message": "unknown section heading: The Nuclear Program",
                "line": 37,
                "column": 1,
                "itemId": null
              },
              {
                "file": "a.txt",
                "code": "SPT001",
                "severity": "error",
                "message": "no title line",
                "line": null,
                "column": null,
                "itemId": null
              }
            ]

            """));
        Assert.That(Render(new JsonFindingsWriter()), Is.EqualTo("[]\n"));
    }

    private static readonly DiagnosticDescriptor[] TwoRules =
    [
        new("SPT001", "no-title", DiagnosticSeverity.Error, "no title line", "Start the report with its title."),
        new("SPT008", "no-source", DiagnosticSeverity.Warning, "item cites no source", "Cite a source in parentheses."),
        new("SPT010", "unknown-heading", DiagnosticSeverity.Info, "unknown section heading", "Add the heading to the profile."),
    ];

    [Test]
    public void Sarif_names_the_tool_and_each_rule_with_its_level()
    {
        var run = JsonNode.Parse(Render(new SarifFindingsWriter("1.2.3", TwoRules)))!;
        Assert.That((run["$schema"]!.GetValue<string>(), run["version"]!.GetValue<string>()),
            Is.EqualTo(("https://json.schemastore.org/sarif-2.1.0.json", "2.1.0")));
        Assert.That(run["runs"]![0]!.ToJsonString(), Is.EqualTo(
            """{"tool":{"driver":{"name":"spotlight","version":"1.2.3","rules":["""
            + """{"id":"SPT001","name":"no-title","shortDescription":{"text":"no title line"},"help":{"text":"Start the report with its title."},"defaultConfiguration":{"level":"error"}},"""
            + """{"id":"SPT008","name":"no-source","shortDescription":{"text":"item cites no source"},"help":{"text":"Cite a source in parentheses."},"defaultConfiguration":{"level":"warning"}},"""
            + """{"id":"SPT010","name":"unknown-heading","shortDescription":{"text":"unknown section heading"},"help":{"text":"Add the heading to the profile."},"defaultConfiguration":{"level":"note"}}"""
            + """]}},"columnKind":"utf16CodeUnits","results":[]}"""));
    }

    [Test]
    public void Sarif_results_locate_each_finding_in_its_file()
    {
        Diagnostic[] findings =
        [
            new("SPT008", DiagnosticSeverity.Warning, "item cites no source", 84, 3, "iraq-2"),
            Unplaced,
            new("SPT099", DiagnosticSeverity.Info, "a code the log does not list", 0, 0, null),
            new Diagnostic("SPT008", DiagnosticSeverity.Warning, "item cites no source", 11, 1, null) { Origin = new InputPosition(null, 17, 3) },
            new Diagnostic("SPT008", DiagnosticSeverity.Warning, "item cites no source", 30, 1, null) { Origin = new InputPosition(2, 14, 5) },
        ];
        string sarif = Render(new SarifFindingsWriter("1.2.3", TwoRules), new FileFindings("dir\\report #1.txt", [.. findings]));
        Assert.That(sarif, Does.StartWith("{\n  \"$schema\": ").And.EndWith("\n}\n"));
        const string Location = """{"physicalLocation":{"artifactLocation":{"uri":"dir/report%20%231.txt"}""";
        Assert.That(JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray().Select(r => r!.ToJsonString()), Is.EqualTo(new[]
        {
            """{"ruleId":"SPT008","ruleIndex":1,"level":"warning","message":{"text":"item cites no source"},"locations":["""
                + Location + ""","region":{"startLine":84,"startColumn":3}}}],"properties":{"itemId":"iraq-2"}}""",
            """{"ruleId":"SPT001","ruleIndex":0,"level":"error","message":{"text":"no title line"},"locations":["""
                + Location + ""","region":{"startLine":1,"startColumn":1}}}]}""",
            """{"ruleId":"SPT099","level":"note","message":{"text":"a code the log does not list"},"locations":["""
                + Location + ""","region":{"startLine":1,"startColumn":1}}}]}""",
            """{"ruleId":"SPT008","ruleIndex":1,"level":"warning","message":{"text":"item cites no source"},"locations":["""
                + Location + ""","region":{"startLine":17,"startColumn":3}}}]}""",
            """{"ruleId":"SPT008","ruleIndex":1,"level":"warning","message":{"text":"page 2, line 14: item cites no source"},"locations":["""
                + Location + """}}],"properties":{"page":2,"pageLine":14,"pageColumn":5}}""",
        }));
    }

    [Test]
    public void Each_file_s_findings_are_in_the_stream_as_soon_as_they_are_written()
    {
        foreach (var format in FindingsWriters.All)
        {
            using var stream = new MemoryStream();
            var output = format.Create("1.2.3", TwoRules).Open(stream);
            output.Write(new FileFindings("a.txt", Findings));
            string written = Encoding.UTF8.GetString(stream.ToArray());
            output.Dispose();
            Assert.That(written, Does.Contain("unknown section heading: The Nuclear Program"), format.Name);
            Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Does.StartWith(written), format.Name);
        }
    }
}
