namespace Spotlight.Tests.Cli.Commands;

/// <summary>
/// "--" ends the options, as in every Unix tool: each later word is a FILE, even one that starts with a dash. Before
/// it, such a word is a mistyped option, named as one.
/// </summary>
public sealed class EndOfOptionsTests : HostileDir
{
    [SetUp]
    public void MakeDashedFile() => File.Copy(Path.Combine(Dir, "r.txt"), Path.Combine(Dir, "-x.txt"));

    [Test]
    public void Parse_reads_a_file_named_like_an_option_after_the_double_dash()
    {
        var dashed = Run("parse", "-f", "ndjson", "--", "-x.txt");
        var plain = Run("parse", "-f", "ndjson", "r.txt");
        Assert.That((dashed.ExitCode, dashed.Stderr), Is.EqualTo((0, "")));
        Assert.That(dashed.Stdout.Replace("\"-x.txt\"", "\"r.txt\""), Is.EqualTo(plain.Stdout));
        Assert.That(dashed.Stdout, Does.Contain("\"path\":\"-x.txt\""));
    }

    [Test]
    public void Validate_reads_a_file_named_like_an_option_after_the_double_dash()
    {
        var result = Run("validate", "-f", "json", "--", "-x.txt");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.Contain("-x.txt"));
    }

    [Test]
    public void Words_after_the_double_dash_that_name_options_are_files_too()
    {
        var result = Run("parse", "-f", "ndjson", "--", "-x.txt", "-o");
        Assert.That(FirstLine(result.Stderr), Is.EqualTo("spotlight: -o: no such file"));
        Assert.That((result.ExitCode, Lines(result.Stdout).Length), Is.EqualTo((1, 1)));
    }

    [TestCase("parse")]
    [TestCase("validate")]
    public void A_dashed_word_before_the_double_dash_is_an_unknown_option(string command)
    {
        var result = Run(command, "-x");
        AssertUsageError(result, "spotlight: unknown option '-x'");
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: unknown option '-x'", $"Try 'spotlight {command} --help' for more information." }));
    }

    [Test]
    public void Only_the_words_before_the_double_dash_are_taken_for_options() =>
        AssertUsageError(Run("parse", "-x.txt", "--", "-x.txt"), "spotlight: unknown option '-x.txt'");

    [TestCase("bogus", "spotlight: unknown command 'bogus'")]
    [TestCase("--bogus", "spotlight: unknown option '--bogus'")]
    public void An_unknown_command_is_one_error_line(string word, string line)
    {
        var result = Run(word);
        AssertUsageError(result, line);
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { line, "Try 'spotlight --help' for more information." }));
    }
}
