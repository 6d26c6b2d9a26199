using Spotlight.Diagnostics;
using Spotlight.Parsing;
using System.Text;
using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Validation;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Validation;

/// <summary>Every finding fires on its failing example and stays quiet on its passing one, whether a rule or the parse finds it.</summary>
public sealed class RuleTests
{
    /// <summary>What cannot be written as an example in text: findings about the input's bytes.</summary>
    private static readonly DiagnosticDescriptor[] AboutBytes = [DiagnosticRegistry.ReadAsWindows1252, DiagnosticRegistry.NestingFlattened];

    public static IEnumerable<string> RuleIds() => DiagnosticCatalog.All.Except(AboutBytes).Select(d => d.Code);

    internal static IReadOnlyList<Diagnostic> Validate(string text, ValidationConfig? config = null) =>
        Validator.Validate(ReportPipeline.ParseWithSource(Encoding.UTF8.GetBytes(text), "report.txt", new PlainTextReader(), ProfileChoice.BuiltIn),
            config ?? ValidationConfig.Default);

    [TestCaseSource(nameof(RuleIds))]
    public void Every_rule_is_documented_with_two_examples(string id)
    {
        Assert.That(RuleExamples.All.ContainsKey(id), Is.True, $"docs/rules.md has no section for {id}");
    }

    [TestCaseSource(nameof(RuleIds))]
    public void The_failing_example_triggers_the_rule(string id)
    {
        var findings = Validate(RuleExamples.All[id].Failing);
        Assert.That(findings.Select(f => f.Code), Does.Contain(id));
        DiagnosticCatalog.TryFind(id, out var descriptor);
        Assert.That(findings.First(f => f.Code == id).Severity, Is.EqualTo(descriptor.Severity));
    }

    [TestCaseSource(nameof(RuleIds))]
    public void The_passing_example_does_not(string id)
    {
        Assert.That(Validate(RuleExamples.All[id].Passing).Select(f => f.Code), Does.Not.Contain(id));
    }

    [Test]
    public void The_seed_validates_with_no_errors_or_warnings()
    {
        var findings = Validate(File.ReadAllText(TestFiles.SeedPath));
        Assert.That(findings.Where(f => f.Severity != DiagnosticSeverity.Info), Is.Empty);
        Assert.That(findings.Select(f => (f.Code, f.Line, f.Column)), Is.EqualTo(new[] { ("SPT012", (int?)18, (int?)1) }),
            "the seed mixes '- ▶' and '►'");
    }

    [Test]
    public void Findings_point_at_the_line_and_column()
    {
        var text = RuleExamples.All["SPT015"].Failing;
        var finding = Validate(text).Single(f => f.Code == "SPT015");
        Assert.That((finding.Line, finding.Column, finding.ItemId), Is.EqualTo(((int?)13, (int?)36, "syria-1")));
        Assert.That(finding.Message, Is.EqualTo("malformed citation: (IRNA November 6): no comma between source and date"));

        var damage = Validate(RuleExamples.All["SPT018"].Failing).Single(f => f.Code == "SPT018");
        Assert.That((damage.Line, damage.Column, damage.Message), Is.EqualTo(((int?)13, (int?)7, "text is damaged by a wrong encoding: 'â€™'")));
    }

    [TestCase("► A delegation arrived in Damascus (IRNA, Novembre 6).", "'Novembre' is not a month")]
    [TestCase("► A delegation arrived in Damascus (, November 6).", "no source before the date")]
    [TestCase("► A delegation arrived in Damascus (IRNA, November 6.", "1 '(' but 0 ')'")]
    public void Malformed_citations_of_each_kind(string item, string detail)
    {
        string text = $"Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n► Iran sent aid (IRNA, November 6).\n\nIranian Involvement in Syria\n\n{item}\n";
        Assert.That(Validate(text).Where(f => f.Code == "SPT015").Select(f => f.Message), Has.Some.EndsWith(detail));
    }

    [Test]
    public void A_date_long_before_the_period_is_reported_too()
    {
        string text = RuleExamples.All["SPT016"].Passing.Replace("(IRNA, November 6)", "(IRNA, November 6, 2019)");
        Assert.That(Validate(text).Where(f => f.Code == "SPT016").Select(f => f.Message).Distinct().Single(),
            Is.EqualTo("cited date lies outside the report's period: 2019-11-06 is more than a year before the period's start, 2021-11-04"));
    }
}
