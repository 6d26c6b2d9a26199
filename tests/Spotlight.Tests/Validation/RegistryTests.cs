using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Validation;
using Spotlight.Validation.Rules;

namespace Spotlight.Tests.Validation;

/// <summary>The registry has every code once, and each code has exactly one producer: a rule, or the parse.</summary>
public sealed partial class RegistryTests
{
    [Test]
    public void Codes_run_from_SPT001_without_a_gap_each_once_in_order()
    {
        var expected = Enumerable.Range(1, DiagnosticRegistry.All.Length).Select(n => $"SPT{n:000}");
        Assert.That(DiagnosticRegistry.All.Select(d => d.Code), Is.EqualTo(expected));
        Assert.That(DiagnosticRegistry.All, Has.Length.EqualTo(27));
    }

    [Test]
    public void Names_are_kebab_case_and_unique_and_no_name_is_a_code()
    {
        Assert.That(DiagnosticRegistry.All.Select(d => d.Name), Is.Unique.And.All.Match(@"^[a-z0-9]+(-[a-z0-9]+)*$"));
        Assert.That(DiagnosticRegistry.All.Select(d => d.Name), Has.None.Match(@"^spt\d{3}$"));
    }

    [Test]
    public void Every_entry_has_a_message_and_help_of_a_sentence_or_two()
    {
        foreach (var d in DiagnosticRegistry.All)
        {
            Assert.That(d.Message, Does.Match(@"^[a-zA-Z][^\n]*[^.\s]$"), d.Code);
            Assert.That(d.Help, Does.Match(@"^[A-Z`(][^\n]*\.$"), d.Code);
            Assert.That(Regex.Count(d.Help, @"[.)] [A-Z]") + 1, Is.InRange(1, 3), d.Code);
        }
    }

    [Test]
    public void Each_rule_has_its_own_entry_and_each_entry_of_a_rule_has_one_rule()
    {
        Assert.That(RuleSet.All.Select(r => r.Descriptor), Is.Unique);
        Assert.That(RuleSet.All.Select(r => r.Descriptor), Is.EquivalentTo(DiagnosticRegistry.All.Where(d => d.Producer == DiagnosticProducer.Rule)));
        foreach (var rule in RuleSet.All)
            Assert.That(DiagnosticRegistry.All.Any(d => ReferenceEquals(d, rule.Descriptor)), Is.True, rule.Id);
    }

    [Test]
    public void The_parse_produces_exactly_the_entries_no_rule_produces()
    {
        Assert.That(ParseDiagnostics.All, Is.EquivalentTo(DiagnosticRegistry.All.Where(d => d.Producer == DiagnosticProducer.Parse)));
        Assert.That(ParseDiagnostics.All.Intersect(RuleSet.All.Select(r => r.Descriptor)), Is.Empty);
        Assert.That(ParseDiagnostics.All.Select(d => d.Code), Is.SupersetOf(new[] { "SPT001", "SPT002", "SPT003", "SPT004", "SPT005", "SPT006", "SPT018" }));
    }

    [TestCase("SPT016", "date-outside-period")]
    [TestCase("spt016", "date-outside-period")]
    [TestCase("Date-Outside-Period", "date-outside-period")]
    [TestCase("no-title", "no-title")]
    public void A_code_or_a_name_finds_its_entry(string key, string name)
    {
        Assert.That(DiagnosticRegistry.TryFind(key, out var descriptor), Is.True);
        Assert.That(descriptor.Name, Is.EqualTo(name));
    }

    [TestCase("SPT999")]
    [TestCase("date-outside")]
    [TestCase("")]
    public void Anything_else_finds_none(string key)
    {
        Assert.That(DiagnosticRegistry.TryFind(key, out _), Is.False);
    }

    [Test]
    public void The_message_of_a_limit_names_the_limit_its_rule_applies()
    {
        Assert.That(DiagnosticRegistry.PeriodTooLong.Message, Does.Contain($" {PeriodTooLongRule.MaxDays} "));
    }

    [GeneratedRegex(@"""[^""\n]*SPT\d{3}")]
    private static partial Regex CodeInString();

    [Test]
    public void No_source_file_but_the_registry_writes_a_code_in_a_string()
    {
        string src = Path.Combine(TestFiles.RepositoryRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(50));
        var offending =
            from file in files
            where Path.GetFileName(file) != "DiagnosticRegistry.cs"
            from line in File.ReadLines(file).Select((text, i) => (text, number: i + 1))
            where !line.text.TrimStart().StartsWith("//", StringComparison.Ordinal) && CodeInString().IsMatch(line.text)
            select $"{Path.GetRelativePath(src, file)}:{line.number}: {line.text.Trim()}";
        Assert.That(offending, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(src, "Spotlight.Core", "Model", "DiagnosticRegistry.cs")), Does.Match(CodeInString().ToString()),
            "the check looks for what the registry writes");
    }
}
