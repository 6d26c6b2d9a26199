using Spotlight.Vocabulary;
using System.Text;
using Spotlight.Configuration;
using Spotlight.Extraction;
using Spotlight.Validation;

namespace Spotlight.Tests.Configuration;

/// <summary>The bounds on side-file YAML, checked on the parser's events before a node tree is built.</summary>
public sealed class BoundedYamlTests
{
    private static string Nested(int depth) => "a: " + new string('[', depth - 1) + "x" + new string(']', depth - 1) + "\n";

    [Test]
    public void Sixty_four_levels_load_and_sixty_five_do_not()
    {
        Assert.That(BoundedYaml.Load(Nested(BoundedYaml.MaxDepth)).Documents, Has.Count.EqualTo(1));
        var e = Assert.Throws<BoundedYamlException>(() => BoundedYaml.Load(Nested(BoundedYaml.MaxDepth + 1)));
        Assert.That(e!.Message, Is.EqualTo("line 1: nested deeper than 64 levels"));
    }

    [Test]
    public void Block_style_nesting_counts_as_flow_style_does()
    {
        var yaml = new StringBuilder();
        for (int level = 0; level < 70; level++)
            yaml.Append(new string(' ', level * 2)).Append($"k{level}:\n");
        var e = Assert.Throws<BoundedYamlException>(() => BoundedYaml.Load(yaml.ToString()));
        Assert.That(e!.Line, Is.EqualTo(65));
    }

    [Test]
    public void Aliases_within_the_budget_load()
    {
        string yaml = "base: &b [Fars, FNA]\nFars News: *b\nFars Agency: *b\n";
        Assert.That(OutletFile.Parse(yaml), Has.Count.EqualTo(3));
    }

    [Test]
    public void Nested_aliases_are_counted_as_what_they_expand_to()
    {
        // Ten levels of ten aliases each: a few hundred bytes that name ten billion nodes.
        var yaml = new StringBuilder("a0: &a0 [x]\n");
        for (int i = 1; i <= 10; i++)
            yaml.Append($"a{i}: &a{i} [" + string.Join(",", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        var e = Assert.Throws<BoundedYamlException>(() => BoundedYaml.Load(yaml.ToString()));
        Assert.That(e!.Reason, Is.EqualTo("aliases expand to more than 100000 nodes"));
        Assert.That(e.Line, Is.LessThanOrEqualTo(7));
    }

    [Test]
    public void Syntax_errors_keep_their_line_and_lose_the_marks()
    {
        var e = Assert.Throws<OutletFileException>(() => OutletFile.Parse("Fars: [a: b\n"));
        Assert.That(e!.Message, Does.StartWith("line 2: ").And.Not.Contain("Line:"));
    }

    [TestCase("a: &a [x, *a]\n", "line 1: alias *a is inside the node it names")]
    [TestCase("a: &a [*b]\nb: &b [*a]\n", "line 1: alias *b comes before its anchor")]
    [TestCase("---\na: &a [x]\n---\nb: *a\n", "line 4: alias *a comes before its anchor")]
    public void An_alias_names_only_a_node_complete_before_it(string yaml, string message)
    {
        // The loader would build a node that holds itself, and hash it forever as a key.
        var e = Assert.Throws<BoundedYamlException>(() => BoundedYaml.Load(yaml));
        Assert.That(e!.Message, Is.EqualTo(message));
    }

    [TestCase("%TAG ! \n---\na: b\n")]
    [TestCase("!!gn[r'.")]
    [TestCase("a: {---\nb]")]
    public void Text_the_parser_refuses_in_its_own_words_is_not_yaml(string yaml)
    {
        // YamlDotNet throws ArgumentNullException, ArgumentException and InvalidOperationException for these.
        var e = Assert.Throws<BoundedYamlException>(() => BoundedYaml.Load(yaml));
        Assert.That(e!.Message, Does.Match("^line [0-9]+: "));
    }

    [Test]
    public void The_config_is_held_to_the_same_bounds()
    {
        var e = Assert.Throws<ValidationConfigException>(() => ValidationConfig.Parse("rules: " + new string('[', 100_000)));
        Assert.That(e!.Message, Is.EqualTo("line 1: nested deeper than 64 levels"));
    }
}
