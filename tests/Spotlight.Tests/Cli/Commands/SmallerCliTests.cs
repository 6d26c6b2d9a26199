using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>Smaller cases of hostile use of the command line: a full disk, outlet names of white space.</summary>
public sealed class SmallerCliTests
{
    private static string Seed => TestFiles.SeedPath;

    [TestCase("json")]
    [TestCase("yaml")]
    [TestCase("csv")]
    [TestCase("ndjson")]
    public void A_full_disk_is_named_as_such_in_every_format(string format)
    {
        var result = CliRunner.Run(TestFiles.RepositoryRoot, "parse", Seed, "-f", format, "-o", "/dev/full");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "spotlight: /dev/full: cannot write (No space left on device)",
        }));
    }

    [TestCase("\"   \": [a]\n", "line 1: an outlet name must be a non-empty string")]
    [TestCase("Fars:\n  - \"  \"\n", "line 2: an alias must be a non-empty string")]
    public void An_outlet_name_or_alias_of_white_space_is_refused(string yaml, string reason)
    {
        string folder = Path.Combine(Path.GetTempPath(), "spotlight-outlets-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "outlets.yml");
            File.WriteAllText(file, yaml);
            var result = CliRunner.Run(TestFiles.RepositoryRoot, "parse", Seed, "--outlets", file);
            Assert.That((result.ExitCode, result.Stderr.Trim()), Is.EqualTo((2, $"spotlight: {file}: {reason}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
