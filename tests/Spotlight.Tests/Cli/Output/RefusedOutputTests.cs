using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// Outputs that would destroy an input or cannot be files are refused before anything is written, with
/// exit code 2 and one line naming the path; inputs are only ever read.
/// </summary>
public sealed class RefusedOutputTests
{
    /// <summary>Far in the past, so that any write to the input would show in its modification time.</summary>
    private static readonly DateTime Untouched = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private string _dir = null!;
    private string _input = null!;

    [SetUp]
    public void MakeInput()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-refused-").FullName;
        _input = Path.Combine(_dir, "a.txt");
        File.Copy(TestFiles.SeedPath, _input);
        File.SetLastWriteTimeUtc(_input, Untouched);
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_dir, args);

    /// <summary>Every entry under the folder, hidden ones too, with links not followed.</summary>
    private List<string> Entries() =>
        Directory.EnumerateFileSystemEntries(_dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => Path.GetRelativePath(_dir, path)).Order(StringComparer.Ordinal).ToList();

    private void AssertInputUntouched()
    {
        Assert.That(File.ReadAllBytes(_input), Is.EqualTo(File.ReadAllBytes(TestFiles.SeedPath)));
        Assert.That(File.GetLastWriteTimeUtc(_input), Is.EqualTo(Untouched));
    }

    private void AssertRefused(CliRunner.Result result, string message, List<string> entriesBefore)
    {
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, "")));
        Assert.That(result.Stderr, Is.EqualTo($"spotlight: {message}; nothing was written" + Environment.NewLine));
        Assert.That(Entries(), Is.EqualTo(entriesBefore));
        AssertInputUntouched();
    }

    [TestCase("parse", "a.txt")]
    [TestCase("parse", "./a.txt")]
    [TestCase("parse", "sub/../a.txt")]
    [TestCase("parse", "link.txt")]
    [TestCase("parse", "linked/a.txt")]
    [TestCase("validate", "a.txt")]
    [TestCase("validate", "./link.txt")]
    public void An_output_that_is_the_input_however_spelled_is_refused(string command, string output)
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "link.txt"), "a.txt");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "linked"), ".");
        var before = Entries();
        var result = Run(command, "a.txt", "-o", output);
        AssertRefused(result, $"{output}: would replace the input a.txt", before);
    }

    [Test]
    public void An_output_that_is_an_input_found_in_a_folder_is_refused()
    {
        var before = Entries();
        var result = Run("parse", ".", "-f", "yaml", "-o", "a.txt");
        AssertRefused(result, "a.txt: would replace the input ./a.txt", before);
    }

    [Test]
    public void An_output_dir_entry_linked_to_an_input_is_refused_even_with_force()
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "sub", "a.json"), "../a.txt");
        var before = Entries();
        var result = Run("parse", "a.txt", "--output-dir", "sub", "--force");
        AssertRefused(result, "sub/a.json: the output of a.txt would replace the input a.txt", before);
    }

    [Test]
    public void A_hard_link_to_the_input_is_refused()
    {
        Assume.That(File.Exists("/bin/ln"), "needs ln to make a hard link");
        using (var ln = Process.Start("/bin/ln", [_input, Path.Combine(_dir, "hard.txt")]))
            ln.WaitForExit();
        var before = Entries();
        AssertRefused(Run("parse", "a.txt", "-o", "hard.txt"), "hard.txt: would replace the input a.txt", before);
    }

    [TestCase("sub", "sub: is a directory, not a file")]
    [TestCase("new/", "new/: is a directory, not a file")]
    public void Validate_refuses_a_directory_as_its_output_file(string output, string message)
    {
        var before = Entries();
        AssertRefused(Run("validate", "a.txt", "-o", output), message, before);
    }

    [TestCase("-o", "a.txt/", "a.txt/: is a file, not a directory")]
    [TestCase("--output-dir", "a.txt", "a.txt: is a file, not a directory")]
    [TestCase("--output-dir", "a.txt/out", "a.txt/out: a.txt is a file, not a directory")]
    public void An_output_dir_that_is_a_file_is_refused(string option, string output, string message)
    {
        var before = Entries();
        AssertRefused(Run("parse", "a.txt", option, output), message, before);
    }

    [Test]
    public void An_output_dir_entry_that_is_a_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sub", "a.json"));
        var before = Entries();
        AssertRefused(Run("parse", "a.txt", "-o", "sub/"), "sub/a.json: the output of a.txt is a directory", before);
    }

    [Test]
    public void Stdin_may_go_to_any_file()
    {
        var result = CliRunner.Run(_dir, File.ReadAllBytes(TestFiles.SeedPath), "parse", "-", "-o", "a.json");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "a.json")))!["input"]!["path"]!.GetValue<string>(), Is.EqualTo("-"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void A_read_only_input_is_read_and_left_as_it_was()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix file modes");
        File.SetUnixFileMode(_input, UnixFileMode.UserRead);
        var parsed = Run("parse", "a.txt", "-o", "a.json");
        Assert.That(parsed.ExitCode, Is.Zero, parsed.Stderr);
        Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "a.json")))!["stats"]!["items"]!.GetValue<int>(), Is.EqualTo(20));
        Assert.That(Run("validate", "a.txt", "-q").ExitCode, Is.Zero);
        AssertInputUntouched();
        Assert.That(File.GetUnixFileMode(_input), Is.EqualTo(UnixFileMode.UserRead));
    }
}
