using Spotlight.Diagnostics;
using System.Text.Json.Nodes;
using Spotlight.Model;
using Spotlight.Writing.Findings;
using Spotlight.Validation;
using Spotlight.Validation.Rules;

namespace Spotlight.Tests.Validation;

/// <summary>SARIF's <c>tool.driver.rules</c> is the registry, entry for entry, with its help.</summary>
public sealed class SarifRulesTests
{
    /// <summary>The run of a log with a finding of the parse and one of a rule.</summary>
    private static JsonNode Run()
    {
        using var stream = new MemoryStream();
        using (var output = new SarifFindingsWriter("1.2.3", DiagnosticCatalog.All).Open(stream))
            output.Write(new FileFindings("a.txt", [DiagnosticRegistry.NoYear.At(null), RuleSet.DescriptorOf<NoSourceRule>().At(3, 1, "syria-1")]));
        return JsonNode.Parse(stream.ToArray())!["runs"]![0]!;
    }

    [Test]
    public void Every_entry_is_a_rule_with_its_id_name_message_help_and_level()
    {
        var rules = Run()["tool"]!["driver"]!["rules"]!.AsArray();
        var expected = DiagnosticCatalog.All.Select(d => (d.Code, d.Name, d.Message, d.Help,
            d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" }));
        var actual = rules.Select(r => (
            r!["id"]!.GetValue<string>(), r["name"]!.GetValue<string>(), r["shortDescription"]!["text"]!.GetValue<string>(),
            r["help"]!["text"]!.GetValue<string>(), r["defaultConfiguration"]!["level"]!.GetValue<string>()));
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void A_finding_of_the_parse_points_at_its_rule_as_a_rule_finding_does()
    {
        var run = Run();
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray();
        Assert.That(results.Select(r => rules[r!["ruleIndex"]!.GetValue<int>()]!["name"]!.GetValue<string>()),
            Is.EqualTo(new[] { "no-year", "no-source" }));
    }
}
