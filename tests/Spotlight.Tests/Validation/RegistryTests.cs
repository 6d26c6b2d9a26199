using Spotlight.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Validation;
using Spotlight.Validation.Rules;
using Spotlight.Parsing;

namespace Spotlight.Tests.Validation;

/// <summary>
/// The complete list has every code once, and each code has exactly one producer: a rule, by its row in
/// <see cref="RuleSet.All"/>, or the parse, by its entry in <see cref="DiagnosticRegistry"/>.
/// </summary>
public sealed partial class RegistryTests
{
    [Test]
    public void Codes_run_from_SPT001_to_SPT027_without_a_gap_each_once_in_order()
    {
        var expected = Enumerable.Range(1, 27).Select(n => $"SPT{n:000}");
        Assert.That(DiagnosticCatalog.All.Select(d => d.Code), Is.EqualTo(expected));
        Assert.That(DiagnosticRegistry.All.Concat(RuleSet.All.Select(r => r.Descriptor)).Select(d => d.Code), Is.Unique);
    }

    [Test]
    public void Names_are_kebab_case_and_unique_and_no_name_is_a_code()
    {
        Assert.That(DiagnosticCatalog.All.Select(d => d.Name), Is.Unique.And.All.Match(@"^[a-z0-9]+(-[a-z0-9]+)*$"));
        Assert.That(DiagnosticCatalog.All.Select(d => d.Name), Has.None.Match(@"^spt\d{3}$"));
    }

    [Test]
    public void Every_entry_has_a_message_and_help_of_a_sentence_or_two()
    {
        foreach (var d in DiagnosticCatalog.All)
        {
            Assert.That(d.Message, Does.Match(@"^[a-zA-Z][^\n]*[^.\s]$"), d.Code);
            Assert.That(d.Help, Does.Match(@"^[A-Z`(][^\n]*\.$"), d.Code);
            Assert.That(Regex.Count(d.Help, @"[.)] [A-Z]") + 1, Is.InRange(1, 3), d.Code);
        }
    }

    [Test]
    public void The_rows_are_in_ID_order_one_rule_type_each()
    {
        Assert.That(RuleSet.All.Select(r => r.Id), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(RuleSet.All.Select(r => r.GetType()), Is.Unique);
    }

    [Test]
    public void Every_rule_type_has_a_row()
    {
        var types = typeof(Rule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract);
        Assert.That(RuleSet.All.Select(r => r.GetType()), Is.EquivalentTo(types));
    }

    [Test]
    public void The_parse_produces_exactly_the_entries_no_rule_produces()
    {
        Assert.That(DiagnosticRegistry.All.Select(d => d.Code).Intersect(RuleSet.All.Select(r => r.Id)), Is.Empty);
        Assert.That(DiagnosticCatalog.All.Where(DiagnosticCatalog.IsFromParse).Select(d => d.Code),
            Is.EqualTo(new[] { "SPT001", "SPT002", "SPT003", "SPT004", "SPT005", "SPT006", "SPT018", "SPT020", "SPT021", "SPT022", "SPT024", "SPT025" }));
    }

    /// <summary>Every text the docs give as an example, and the seed: what the rules are run over below.</summary>
    private static IEnumerable<string> Texts() =>
        RuleExamples.All.Values.SelectMany(e => new[] { e.Failing, e.Passing }).Append(File.ReadAllText(TestFiles.SeedPath));

    [Test]
    public void Each_rule_produces_only_its_own_code_and_the_parse_only_its_own()
    {
        foreach (string text in Texts())
        {
            var parsed = ReportPipeline.ParseWithSource(Encoding.UTF8.GetBytes(text), "report.txt", new PlainTextReader(), ProfileChoice.BuiltIn);
            Assert.That(parsed.Tree.Diagnostics.Select(d => d.Code), Is.SubsetOf(DiagnosticRegistry.All.Select(d => d.Code)));
            var context = new ValidationContext(parsed.Tree, parsed.Source, parsed.Profile);
            foreach (var rule in RuleSet.All)
                Assert.That(rule.Check(context).Select(f => f.Code).Distinct(), Is.SubsetOf(new[] { rule.Id }), rule.Id);
        }
    }

    [Test]
    public void Each_rule_finds_its_failing_example()
    {
        foreach (var rule in RuleSet.All)
        {
            var parsed = ReportPipeline.ParseWithSource(Encoding.UTF8.GetBytes(RuleExamples.All[rule.Id].Failing), "report.txt",
                new PlainTextReader(), ProfileChoice.BuiltIn);
            Assert.That(rule.Check(new ValidationContext(parsed.Tree, parsed.Source, parsed.Profile)), Is.Not.Empty, rule.Id);
        }
    }

    [TestCase("SPT016", "date-outside-period")]
    [TestCase("spt016", "date-outside-period")]
    [TestCase("Date-Outside-Period", "date-outside-period")]
    [TestCase("no-title", "no-title")]
    public void A_code_or_a_name_finds_its_entry(string key, string name)
    {
        Assert.That(DiagnosticCatalog.TryFind(key, out var descriptor), Is.True);
        Assert.That(descriptor.Name, Is.EqualTo(name));
    }

    [TestCase("SPT999")]
    [TestCase("date-outside")]
    [TestCase("")]
    public void Anything_else_finds_none(string key)
    {
        Assert.That(DiagnosticCatalog.TryFind(key, out _), Is.False);
    }

    /// <summary>A rule written but not yet given its row in the table.</summary>
    private sealed class UnlistedRule : ReportRule
    {
        public override IEnumerable<Diagnostic> CheckReport(ValidationContext context) => [];
    }

    [Test]
    public void A_rule_without_a_row_has_no_entry_and_a_rule_with_two_rows_is_refused()
    {
        var rule = new UnlistedRule();
        Assert.That(() => rule.Descriptor, Throws.InvalidOperationException.With.Message.EqualTo("UnlistedRule has no row in RuleSet.All"));
        var entry = new DiagnosticDescriptor("SPT900", "unlisted", DiagnosticSeverity.Info, "unlisted", "Unlisted.");
        Assert.That(rule.Describe(entry).Id, Is.EqualTo("SPT900"));
        Assert.That(() => rule.Describe(entry), Throws.InvalidOperationException.With.Message.EqualTo("UnlistedRule has two rows in RuleSet.All"));
    }

    [Test]
    public void The_message_of_a_limit_names_the_limit_its_rule_applies()
    {
        Assert.That(RuleSet.DescriptorOf<PeriodTooLongRule>().Message, Does.Contain($" {PeriodTooLongRule.MaxDays} "));
    }

    [GeneratedRegex(@"""[^""\n]*SPT\d{3}")]
    private static partial Regex CodeInString();

    [GeneratedRegex(@"""(?<code>SPT\d{3})""")]
    private static partial Regex CodeString();

    /// <summary>The two files that declare entries: the parse's registry and the table of rules.</summary>
    private static readonly string[] Declaring = ["DiagnosticRegistry.cs", "RuleSet.cs"];

    [Test]
    public void A_code_is_written_in_src_only_in_the_registry_or_the_rule_table_once_each()
    {
        string src = Path.Combine(TestFiles.RepositoryRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(50));
        var offending =
            from file in files
            where !Declaring.Contains(Path.GetFileName(file))
            from line in File.ReadLines(file).Select((text, i) => (text, number: i + 1))
            where !line.text.TrimStart().StartsWith("//", StringComparison.Ordinal) && CodeInString().IsMatch(line.text)
            select $"{Path.GetRelativePath(src, file)}:{line.number}: {line.text.Trim()}";
        Assert.That(offending, Is.Empty);

        var written =
            from file in new[] { Path.Combine(src, "Spotlight.Core", "Diagnostics", Declaring[0]), Path.Combine(src, "Spotlight.Core", "Validation", Declaring[1]) }
            from line in File.ReadLines(file)
            where !line.TrimStart().StartsWith("//", StringComparison.Ordinal)
            from Match m in CodeString().Matches(line)
            select m.Groups["code"].Value;
        Assert.That(written.Order(StringComparer.Ordinal), Is.EqualTo(DiagnosticCatalog.All.Select(d => d.Code)),
            "each code written once, in one of the two files");
    }
}
