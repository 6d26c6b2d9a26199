using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Validation;
using Spotlight.Validation.Rules;

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

    [TestCase("")]
    [TestCase("---\n")]
    [TestCase("# nothing configured yet\n")]
    [TestCase("rules:\nignore:\n")]
    public void An_empty_file_or_empty_keys_change_nothing(string yaml)
    {
        var config = ValidationConfig.Parse(yaml);
        Assert.That(config.SeverityOf(DiagnosticRegistry.NoTitle), Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<NoSourceRule>()), Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That((config.Ignore, config.Ignores("a.txt")), Is.EqualTo((Array.Empty<string>(), false)));
    }

    [TestCase("off")]
    [TestCase("OFF")]
    [TestCase("false")]
    [TestCase("none")]
    public void Each_word_for_off_turns_a_rule_off(string level)
    {
        Assert.That(ValidationConfig.Parse($"rules:\n  SPT008: {level}\n").SeverityOf(RuleSet.DescriptorOf<NoSourceRule>()), Is.Null);
    }

    [Test]
    public void A_rule_not_named_keeps_its_default_severity()
    {
        var config = ValidationConfig.Parse("rules:\n  SPT008: info\n");
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<NoSourceRule>()), Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<MixedBulletsRule>()), Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(config.SeverityOf(RuleSet.DescriptorOf<EmptySectionRule>()), Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void A_single_ignore_pattern_may_stand_without_a_list()
    {
        var config = ValidationConfig.Parse("ignore: drafts/**\n");
        Assert.That(config.Ignore, Is.EqualTo(new[] { "drafts/**" }));
        Assert.That((config.Ignores("drafts/a.txt"), config.Ignores("reports/a.txt")), Is.EqualTo((true, false)));
    }

    [Test]
    public void Without_ignore_patterns_no_path_is_ignored()
    {
        Assert.That(ValidationConfig.Default.Ignores("drafts/a.txt"), Is.False);
        Assert.That(ValidationConfig.Parse("rules:\n  SPT008: off\n").Ignores("drafts/a.txt"), Is.False);
    }

    [TestCase("../reports/drafts/**", "../reports/drafts/a.txt")]
    [TestCase("../../archive/*.txt", "../../archive/a.txt")]
    public void A_pattern_may_open_with_dot_dots(string glob, string path)
    {
        var config = ValidationConfig.Parse($"ignore:\n  - {glob}\n");
        Assert.That(config.Ignore, Is.EqualTo(new[] { glob }));
        Assert.That(config.Ignores(path), Is.True);
    }

    [TestCase("drafts/../secret/*.txt")]
    [TestCase("../drafts/../secret/*.txt")]
    [TestCase("a/..")]
    public void Dot_dots_further_in_are_refused(string glob)
    {
        Assert.That(() => ValidationConfig.Parse($"rules:\n  SPT008: off\nignore:\n  - {glob}\n"),
            Throws.TypeOf<ValidationConfigException>().With.Message.EqualTo($"line 4: ignore pattern '{glob}': '..' can only open a pattern"));
    }

    [TestCase("rules:\n  - SPT008\n", "line 2: 'rules' must map rule IDs or names to off, error, warning or info")]
    [TestCase("rules:\n  ? [SPT008, SPT009]\n  : off\n", "line 2: unknown rule '' (name a rule by its ID, such as SPT008, or by its name, such as no-source; docs/rules.md lists them)")]
    [TestCase("ignore:\n  drafts: yes\n", "line 2: 'ignore' must be a list of path patterns")]
    [TestCase("ignore:\n  - drafts/**\n  - ''\n", "line 3: an ignore pattern must be a string")]
    [TestCase("ignore:\n  - [drafts, old]\n", "line 2: an ignore pattern must be a string")]
    public void A_key_of_the_wrong_shape_is_named_by_its_line(string yaml, string message)
    {
        Assert.That(() => ValidationConfig.Parse(yaml), Throws.TypeOf<ValidationConfigException>().With.Message.EqualTo(message));
    }
}
