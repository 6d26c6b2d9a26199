using System.Text.RegularExpressions;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>
/// The ways of handing many paths to spotlight that the README and --help teach: find -print0 | xargs -0 (plain
/// xargs splits a name with a space), @LIST and @-, and -- for a name that starts with a dash.
/// </summary>
public sealed class ListExamplesTests : HostileDir
{
    private static string Readme => File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));

    private string Help(string command) => Run(command, "--help").Stdout;

    [Test]
    public void Every_xargs_in_the_readme_and_the_help_splits_on_nul_bytes()
    {
        string all = Readme + Help("parse") + Help("validate");
        var uses = Regex.Matches(all, @"\|\s*xargs\b[^\n|]*").Select(match => match.Value).ToList();
        Assert.That(uses, Is.Not.Empty);
        Assert.That(uses, Has.All.Contains("xargs -0"));
        Assert.That(Regex.Matches(all, @"find [^\n|]*\|(?:\s*sort -z\s*\|)?\s*xargs"), Has.All.Property("Value").Contains("-print0"));
    }

    [TestCase("parse")]
    [TestCase("validate")]
    public void The_help_names_a_list_on_stdin_and_the_end_of_options(string command)
    {
        string help = Help(command);
        Assert.That(help, Does.Contain("@- (that list on stdin)"));
        Assert.That(help, Does.Contain("After --, every word is a FILE."));
        Assert.That(help, Does.Contain("| spotlight " + command + " @-"));
    }

    [Test]
    public void The_readme_names_a_list_on_stdin_and_the_end_of_options()
    {
        // Words, not line breaks: the paragraph may be re-wrapped.
        string text = Regex.Replace(Readme, @"\s+", " ");
        Assert.That(text, Does.Contain("`@-`, that list read from stdin"));
        Assert.That(text, Does.Contain("| spotlight parse @- -f ndjson"));
        Assert.That(text, Does.Contain("`spotlight parse -- -draft.txt`"));
    }

    [Test]
    public void A_list_on_stdin_keeps_a_name_with_spaces_whole()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "two words"));
        File.Move(Path.Combine(Dir, "r.txt"), Path.Combine(Dir, "two words", "r 1.txt"));
        var stdin = Tests.Cli.CliRunner.Run(Dir, "two words/r 1.txt\n"u8.ToArray(), "parse", "@-", "-f", "ndjson", "--quiet");
        Assert.That((stdin.ExitCode, stdin.Stderr), Is.EqualTo((0, "")));
        Assert.That(stdin.Stdout, Does.StartWith("{\"schemaVersion\":1,\"input\":{\"path\":\"two words/r 1.txt\""));
    }
}
