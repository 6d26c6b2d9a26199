using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Validation;
using Spotlight.Validation.Rules;

namespace Spotlight.Tests.Validation;

/// <summary>A configuration names rules by ID or by name, as docs/rules.md shows both.</summary>
public sealed class ConfigNamesTests
{
    private static DiagnosticSeverity? SeverityOf(string yaml, DiagnosticDescriptor descriptor) =>
        ValidationConfig.Parse(yaml).SeverityOf(descriptor);

    [Test]
    public void A_rule_is_named_by_its_name()
    {
        var config = ValidationConfig.Parse("rules:\n  no-source: off\n  mixed-bullets: error\n");
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<NoSourceRule>()), Is.Null);
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<MixedBulletsRule>()), Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<DateOutsidePeriodRule>()), Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(RuleTests.Validate(RuleExamples.All["SPT008"].Failing, config).Select(f => f.Code), Does.Not.Contain("SPT008"));
    }

    [Test]
    public void A_rule_is_named_by_its_id()
    {
        Assert.That(SeverityOf("rules:\n  SPT016: info\n", RuleSet.DescriptorOf<DateOutsidePeriodRule>()), Is.EqualTo(DiagnosticSeverity.Info));
    }

    [Test]
    public void Ids_and_names_mix_in_one_file()
    {
        var config = ValidationConfig.Parse("rules:\n  SPT008: off\n  date-outside-period: error\n  Unknown-Outlet: warning\n");
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<NoSourceRule>()), Is.Null);
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<DateOutsidePeriodRule>()), Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<UnknownOutletRule>()), Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void An_id_and_the_name_of_one_rule_are_one_key_and_the_later_line_wins()
    {
        Assert.That(SeverityOf("rules:\n  SPT008: off\n  no-source: error\n", RuleSet.DescriptorOf<NoSourceRule>()), Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(SeverityOf("rules:\n  no-source: error\n  SPT008: off\n", RuleSet.DescriptorOf<NoSourceRule>()), Is.Null);
    }

    [Test]
    public void A_finding_of_the_parse_is_configured_as_a_rule_is()
    {
        var config = ValidationConfig.Parse("rules:\n  no-period: warning\n  SPT004: off\n");
        var findings = RuleTests.Validate(RuleExamples.All["SPT002"].Failing.Replace("Author: Dr. Raz Zimmt\n", ""), config);
        Assert.That(findings.Single(f => f.Code == "SPT002").Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(findings.Select(f => f.Code), Does.Not.Contain("SPT004"));
        Assert.That(RuleTests.Validate(RuleExamples.All["SPT004"].Failing).Select(f => f.Code), Does.Contain("SPT004"), "the example has no author");
    }

    [TestCase("rules:\n  no-sauce: off\n", "no-sauce")]
    [TestCase("rules:\n  SPT999: off\n", "SPT999")]
    [TestCase("rules:\n  SPT008: off\n  no_source: off\n", "no_source")]
    public void An_unknown_rule_is_one_line_naming_both_forms(string yaml, string key)
    {
        int line = yaml.Count(c => c == '\n');
        var error = Assert.Throws<ValidationConfigException>(() => ValidationConfig.Parse(yaml))!;
        Assert.That(error.Message, Is.EqualTo(
            $"line {line}: unknown rule '{key}' (name a rule by its ID, such as SPT008, or by its name, such as no-source; docs/rules.md lists them)"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void A_bad_level_names_the_rule_as_it_was_written()
    {
        Assert.That(() => ValidationConfig.Parse("rules:\n  no-source: loud\n"),
            Throws.TypeOf<ValidationConfigException>().With.Message.EqualTo("line 2: no-source: 'loud' is not off, error, warning or info"));
    }
}
