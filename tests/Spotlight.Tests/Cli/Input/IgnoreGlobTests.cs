namespace Spotlight.Tests.Cli.Input;

/// <summary>An ignore pattern with ".." inside is a configuration error, not an internal error at the first match.</summary>
public sealed class IgnoreGlobTests : HostileDir
{
    [Test]
    public void Dot_dot_inside_a_pattern_is_a_configuration_error()
    {
        Write(".spotlight.yml", "ignore:\n  - drafts/../secret/*.txt\n");
        AssertUsageError(Run("validate", "r.txt"),
            $"spotlight: {Path.Combine(Dir, ".spotlight.yml")}: line 2: ignore pattern 'drafts/../secret/*.txt': '..' can only open a pattern");
        Write("c.yml", "ignore: a/..\n");
        AssertUsageError(Run("validate", "r.txt", "--config", "c.yml"), "spotlight: c.yml: line 1: ignore pattern 'a/..': '..' can only open a pattern");
    }

    [Test]
    public void Dot_dot_opening_a_pattern_still_reaches_a_folder_beside_the_configuration()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "ci"));
        Write("ci/spotlight.yml", "ignore:\n  - ../r.txt\n");
        var result = Run("validate", "r.txt", "--config", "ci/spotlight.yml");
        Assert.That((result.ExitCode, result.Stderr.Trim()), Is.EqualTo((0, "checked 0 files: 0 errors, 0 warnings, 0 info; 1 ignored")));
    }
}
