using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// A rerun into the folder of an earlier one: --skip-existing converts only inputs whose output is missing or older
/// than the input, and without it the outputs found in place are summed up in one line (still exit code 1).
/// </summary>
public sealed class SkipExistingTests
{
    private const int Copies = 4;

    /// <summary>Long before the outputs of a run, which are written now.</summary>
    private static readonly DateTime Written = new(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private string _dir = null!;

    [SetUp]
    public void ConvertOnce()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-rerun-").FullName;
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        for (int i = 1; i <= Copies; i++)
        {
            File.Copy(TestFiles.SeedPath, PathOf($"in/r{i}.txt"));
            File.SetLastWriteTimeUtc(PathOf($"in/r{i}.txt"), Written.AddDays(-1));
        }
        var first = CliRunner.Run(_dir, "parse", "in", "-o", "out/", "-q");
        Assert.That((first.ExitCode, first.Stderr), Is.EqualTo((0, "")));
        for (int i = 1; i <= Copies; i++)
            File.SetLastWriteTimeUtc(PathOf($"out/r{i}.json"), Written);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string relative) => Path.Combine(_dir, relative);

    private static string[] Lines(string text) => text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private List<string> Rewritten() => Enumerable.Range(1, Copies).Select(i => $"out/r{i}.json")
        .Where(output => File.GetLastWriteTimeUtc(PathOf(output)) != Written).ToList();

    [Test]
    public void A_rerun_with_skip_existing_converts_nothing()
    {
        var result = CliRunner.Run(_dir, "parse", "in", "-o", "out/", "--skip-existing");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "")));
        Assert.That(Lines(result.Stderr), Has.Length.EqualTo(1));
        Assert.That(Lines(result.Stderr)[0], Does.Match(@"^converted 0 files, 0 failed, 4 skipped, 0 B in \d+\.\d s$"));
        Assert.That(Rewritten(), Is.Empty);
    }

    [Test]
    public void Skip_existing_converts_a_touched_input_and_a_missing_output()
    {
        File.SetLastWriteTimeUtc(PathOf("in/r2.txt"), Written.AddSeconds(1));
        File.WriteAllText(PathOf("out/r2.json"), "stale");
        File.SetLastWriteTimeUtc(PathOf("out/r2.json"), Written);
        File.Delete(PathOf("out/r4.json"));

        var result = CliRunner.Run(_dir, "parse", "in", "--output-dir", "out", "--skip-existing");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(Lines(result.Stderr).Single(), Does.Match(@"^converted 2 files, 0 failed, 2 skipped, \d+ KB in \d+\.\d s$"));
        Assert.That(Rewritten(), Is.EqualTo(new[] { "out/r2.json", "out/r4.json" }));
        Assert.That(JsonNode.Parse(File.ReadAllText(PathOf("out/r2.json")))!["input"]!["path"]!.GetValue<string>(), Is.EqualTo("in/r2.txt"));
    }

    [Test]
    public void A_rerun_without_force_sums_the_existing_outputs_up_in_one_line()
    {
        File.Delete(PathOf("out/r3.json"));
        var result = CliRunner.Run(_dir, "parse", "in", "-o", "out/");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        var stderr = Lines(result.Stderr);
        Assert.That(stderr[0], Is.EqualTo("spotlight: 3 outputs exist in out/ (--force replaces them, --skip-existing converts only what is new)"));
        Assert.That(stderr[1], Does.Match(@"^converted 1 file, 3 failed, \d+ KB in \d+\.\d s$"));
        Assert.That(stderr, Has.Length.EqualTo(2));
        Assert.That(Rewritten(), Is.EqualTo(new[] { "out/r3.json" }));
    }

    [TestCase(new[] { "--skip-existing" }, "--skip-existing applies only with --output-dir")]
    [TestCase(new[] { "-o", "one.json", "--skip-existing" }, "--skip-existing applies only with --output-dir")]
    [TestCase(new[] { "-o", "out/", "--skip-existing", "--force" }, "--force and --skip-existing cannot be used together")]
    public void Skip_existing_is_refused_where_it_has_no_meaning(string[] options, string error)
    {
        var result = CliRunner.Run(_dir, ["parse", "in", .. options]);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(Lines(result.Stderr)[0], Is.EqualTo($"spotlight: {error}"));
        Assert.That(File.Exists(PathOf("one.json")), Is.False);
    }
}
