using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Validation;

namespace Spotlight.Tests.Validation;

public sealed class ValidationConfigTests
{
    [Test]
    public void Rules_are_turned_off_or_given_another_severity()
    {
        var config = ValidationConfig.Parse("rules:\n  SPT008: off\n  spt012: error\n");
        var findings = RuleTests.Validate(RuleExamples.All["SPT008"].Failing, config);
        Assert.That(findings.Select(f => f.Code), Does.Not.Contain("SPT008"));
        var mixed = RuleTests.Validate(RuleExamples.All["SPT012"].Failing, config).Single(f => f.Code == "SPT012");
        Assert.That(mixed.Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public void Ignore_patterns_match_paths_relative_to_the_file()
    {
        var config = ValidationConfig.Parse("ignore:\n  - drafts/**\n  - '*.tmp.txt'\n");
        Assert.That(config.Ignores("drafts/2021/a.txt"), Is.True);
        Assert.That(config.Ignores("report.tmp.txt"), Is.True);
        Assert.That(config.Ignores("reports/a.txt"), Is.False);
    }

    [TestCase("rules:\n  SPT999: off\n", "line 2: unknown rule 'SPT999'")]
    [TestCase("rules:\n  SPT008: loud\n", "line 2: SPT008: 'loud' is not off, error, warning or info")]
    [TestCase("rulez:\n  SPT008: off\n", "line 1: unknown key 'rulez' (expected 'rules' or 'ignore')")]
    [TestCase("- SPT008\n", "line 1: expected a mapping with 'rules' and 'ignore'")]
    [TestCase("rules: [SPT008\n", "line 2: ")]
    public void A_bad_file_is_a_clear_error(string yaml, string message)
    {
        Assert.That(() => ValidationConfig.Parse(yaml), Throws.TypeOf<ValidationConfigException>().With.Message.StartsWith(message));
    }

    [Test]
    public void An_empty_file_changes_nothing()
    {
        Assert.That(ValidationConfig.Parse("").SeverityOf(DiagnosticRegistry.NoTitle), Is.EqualTo(DiagnosticSeverity.Error));
    }
}
