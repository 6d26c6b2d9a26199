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
}
