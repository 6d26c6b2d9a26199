using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Validation;

namespace Spotlight.Tests.Validation;

/// <summary>The docs say what the registry says, row for row; SPOTLIGHT_WRITE_DOCS=1 rewrites them from it.</summary>
public sealed class DocsTablesTests
{
    [TestCaseSource(typeof(DocsTables), nameof(DocsTables.Documents))]
    public void The_generated_parts_agree_with_the_registry(string document)
    {
        string path = Path.Combine(TestFiles.RepositoryRoot, document);
        string text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.That(DocsTables.CountParts(text), Is.GreaterThan(0), $"{document} has no table of codes");
        string expected = DocsTables.Rewrite(text);
        if (expected != text && Environment.GetEnvironmentVariable("SPOTLIGHT_WRITE_DOCS") == "1")
            File.WriteAllText(path, expected);
        var differing = text.Split('\n').Except(expected.Split('\n'));
        Assert.That(differing, Is.Empty, $"{document} differs from the registry (SPOTLIGHT_WRITE_DOCS=1 rewrites it)");
        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void Every_code_has_a_section_in_the_rules_and_a_row_in_each_full_table()
    {
        string rules = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "rules.md"));
        var sections = Regex.Matches(rules, @"^## (SPT\d{3})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.That(sections, Is.EqualTo(DiagnosticCatalog.All.Select(d => d.Code)));
        foreach (var d in DiagnosticCatalog.All)
            Assert.That(rules, Does.Contain($"| [{d.Code}](#{d.Code.ToLowerInvariant()}) | {d.Name} |"));
    }

    [Test]
    public void A_row_that_differs_is_caught()
    {
        string table = DocsTables.Rewrite("<!-- codes:all -->\n<!-- /codes -->\n");
        string changed = table.Replace("| no-source | warning |", "| no-source | error |");
        Assert.That(changed, Is.Not.EqualTo(table));
        Assert.That(DocsTables.Rewrite(changed), Is.EqualTo(table));
    }
}
