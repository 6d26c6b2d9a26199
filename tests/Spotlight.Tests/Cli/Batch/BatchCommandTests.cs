using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>
/// Converting an archive as shell scripts do: a folder of many reports with a missing, an empty and a
/// binary file and a sub-folder among them; outputs, stderr lines and exit codes checked.
/// </summary>
public sealed class BatchCommandTests
{
    private const int Copies = 30;
    private string _dir = null!;

    [SetUp]
    public void MakeArchive()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-batch-").FullName;
        string archive = Directory.CreateDirectory(Path.Combine(_dir, "archive")).FullName;
        for (int i = 1; i <= Copies; i++)
            File.Copy(TestFiles.SeedPath, Path.Combine(archive, $"r{i:00}.txt"));
        string sub = Directory.CreateDirectory(Path.Combine(archive, "sub")).FullName;
        foreach (string sample in Directory.GetFiles(TestFiles.Samples, "*.txt"))
            File.Copy(sample, Path.Combine(sub, Path.GetFileName(sample)));
        File.WriteAllBytes(Path.Combine(archive, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(archive, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10]);
        File.WriteAllText(Path.Combine(archive, "notes.md"), "not a report file extension");
    }

    [TearDown]
    public void RemoveArchive() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_dir, args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static int SampleCount => Directory.GetFiles(TestFiles.Samples, "*.txt").Length;

    [Test]
    public void A_csv_batch_in_which_every_input_fails_writes_the_header_alone()
    {
        var result = Run("parse", "archive/empty.txt", "archive/binary.txt", "-f", "csv");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stdout, Is.EqualTo("file,series,period_start,period_end,section_id,section_heading,region,id,kind,"
            + "line_start,line_end,text,dates,sources\r\n"));
        Assert.That(Lines(result.Stderr)[0], Does.StartWith("spotlight: archive/empty.txt: empty file"));
    }

    [Test]
    public void A_folder_and_a_missing_file_give_every_good_tree_and_one_line_per_failure()
    {
        var result = Run("parse", "archive", "missing.txt", "-f", "ndjson");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        var paths = Lines(result.Stdout).Select(l => JsonNode.Parse(l)!["input"]!["path"]!.GetValue<string>()).ToList();
        Assert.That(paths, Is.EqualTo(Enumerable.Range(1, Copies).Select(i => Path.Combine("archive", $"r{i:00}.txt"))));
        var stderr = Lines(result.Stderr.Replace("\r", ""));
        Assert.That(stderr[..3], Is.EqualTo(new[]
        {
            "spotlight: archive/binary.txt: not a text file (NUL byte at offset 4)",
            "spotlight: archive/empty.txt: empty file",
            "spotlight: missing.txt: no such file",
        }));
        Assert.That(stderr[3], Does.Match(@"^converted 30 files, 3 failed, 458 KB in \d+\.\d s$"));
        Assert.That(stderr, Has.Length.EqualTo(4));
    }

    [Test]
    public void Recursive_output_dir_mirrors_sub_folders()
    {
        var result = Run("parse", "archive", "--recursive", "--output-dir", "out", "-f", "yaml", "--quiet");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((1, "")));
        var written = Directory.GetFiles(Path.Combine(_dir, "out"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(_dir, "out"), f)).Order().ToList();
        Assert.That(written, Has.Count.EqualTo(Copies + SampleCount));
        Assert.That(written, Does.Contain("r01.yaml").And.Contain(Path.Combine("sub", "004_no_glyphs.yaml")));
        Assert.That(written.Any(f => f.Contains("empty") || f.Contains("binary") || f.EndsWith(".tmp")), Is.False);
        Assert.That(File.ReadAllText(Path.Combine(_dir, "out", "sub", "004_no_glyphs.yaml")), Does.Contain("path: archive/sub/004_no_glyphs.txt"));
    }

    [Test]
    public void Outputs_are_the_same_whatever_the_number_of_jobs()
    {
        var one = Run("parse", "archive", "-r", "-f", "ndjson", "--jobs", "1", "-q");
        var four = Run("parse", "archive", "-r", "-f", "ndjson", "--jobs", "4", "-q");
        Assert.That(four.Stdout, Is.EqualTo(one.Stdout));
        Assert.That(four.Stderr, Is.EqualTo(one.Stderr));
        Assert.That(Lines(one.Stdout), Has.Length.EqualTo(Copies + SampleCount));

        Run("parse", "archive", "-r", "--output-dir", "out1", "-j", "1", "-q");
        Run("parse", "archive", "-r", "--output-dir", "out4", "-j", "4", "-q");
        foreach (string file in Directory.GetFiles(Path.Combine(_dir, "out1"), "*", SearchOption.AllDirectories))
        {
            string twin = Path.Combine(_dir, "out4", Path.GetRelativePath(Path.Combine(_dir, "out1"), file));
            Assert.That(File.ReadAllBytes(twin), Is.EqualTo(File.ReadAllBytes(file)), file);
        }
    }

    [Test]
    public void A_clash_of_output_names_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "other"));
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "other", "r01.txt"));
        var result = Run("parse", "archive/r02.txt", "archive/r01.txt", "other/r01.txt", "--output-dir", "out");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: archive/r01.txt and other/r01.txt would both be written to out/r01.json; nothing was written" + Environment.NewLine));
        Assert.That(Directory.Exists(Path.Combine(_dir, "out")), Is.False);
    }

    [Test]
    public void Existing_outputs_are_kept_unless_forced()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "out"));
        File.WriteAllText(Path.Combine(_dir, "out", "r01.json"), "old");
        var kept = Run("parse", "archive/r01.txt", "archive/r02.txt", "--output-dir", "out", "-q");
        Assert.That(kept.ExitCode, Is.EqualTo(1));
        Assert.That(kept.Stderr, Is.EqualTo("spotlight: archive/r01.txt: out/r01.json exists (--force replaces it)" + Environment.NewLine));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "out", "r01.json")), Is.EqualTo("old"));
        Assert.That(File.Exists(Path.Combine(_dir, "out", "r02.json")), Is.True);

        var forced = Run("parse", "archive/r01.txt", "--output-dir", "out", "--force");
        Assert.That(forced.ExitCode, Is.Zero);
        Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "r01.json")))!["stats"]!["items"]!.GetValue<int>(), Is.EqualTo(20));
    }

    [Test]
    public void Dash_o_with_a_directory_path_writes_one_file_each()
    {
        var result = Run("parse", "archive/r01.txt", "archive/sub/001_bullets_highlights.txt", "-o", "out/", "-q");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "001_bullets_highlights.json", "r01.json" }));
    }

    [Test]
    public void An_output_that_would_overwrite_an_input_writes_nothing()
    {
        // Read by another name (a link), so that the two inputs do not share an output name and keep their extensions.
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "archive", "r01.json"));
        File.CreateSymbolicLink(Path.Combine(_dir, "seed.txt"), Path.Combine(_dir, "archive", "r01.json"));
        var result = Run("parse", "archive/r01.txt", "seed.txt", "--output-dir", "archive");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("archive/r01.txt").And.Contain("nothing was written"));
        Assert.That(File.ReadAllBytes(Path.Combine(_dir, "archive", "r01.json")), Is.EqualTo(File.ReadAllBytes(TestFiles.SeedPath)));
    }

    [Test]
    public void Stdin_to_stdout_and_to_an_output_dir()
    {
        byte[] seed = File.ReadAllBytes(TestFiles.SeedPath);
        var piped = CliRunner.Run(_dir, seed, "parse", "-", "-f", "ndjson");
        Assert.That(JsonNode.Parse(piped.Stdout)!["input"]!["path"]!.GetValue<string>(), Is.EqualTo("-"));
        var intoDir = CliRunner.Run(_dir, seed, "parse", "-", "--output-dir", "out");
        Assert.That(intoDir.ExitCode, Is.Zero);
        Assert.That(File.Exists(Path.Combine(_dir, "out", "stdin.json")), Is.True);
    }

    [Test]
    public void A_list_file_names_inputs_one_a_line()
    {
        File.WriteAllText(Path.Combine(_dir, "list.txt"), "# reports to convert\narchive/r03.txt\n\narchive/sub/002_new_year_topics.txt\narchive/r01.txt\n");
        var result = Run("parse", "@list.txt", "-f", "ndjson", "-q");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(Lines(result.Stdout).Select(l => JsonNode.Parse(l)!["input"]!["path"]!.GetValue<string>()),
            Is.EqualTo(new[] { "archive/r03.txt", "archive/sub/002_new_year_topics.txt", "archive/r01.txt" }));

        var missing = Run("parse", "@nolist.txt");
        Assert.That((missing.ExitCode, missing.Stderr), Is.EqualTo((1, "spotlight: @nolist.txt: list no such file" + Environment.NewLine)));
    }

    [Test]
    public void A_list_line_holding_a_nul_fails_as_an_input_and_the_others_are_read()
    {
        File.WriteAllText(Path.Combine(_dir, "list.txt"), "archive/r01.txt\narchive/r\0.txt\n");
        const string failed = "spotlight: archive/r\\0.txt: holds a NUL byte, which no path can";

        var parse = Run("parse", "@list.txt", "--output-dir", "out", "-q");
        Assert.That((parse.ExitCode, parse.Stderr), Is.EqualTo((1, failed + Environment.NewLine)));
        Assert.That(File.Exists(Path.Combine(_dir, "out", "r01.json")), Is.True);

        var validate = Run("validate", "@list.txt", "-q");
        Assert.That(validate.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(validate.Stderr), Is.EqualTo(new[] { failed }));
    }

    [Test]
    public void Inputs_known_to_fail_before_they_are_read_fail_alone_under_output_dir()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        var result = Run("parse", "archive/r01.txt", "empty", "@nolist.txt", "--output-dir", "out", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(result.Stderr), Has.Length.EqualTo(2));
        Assert.That(Lines(result.Stderr)[0], Does.StartWith("spotlight: empty: is a directory with no report files"));
        Assert.That(Lines(result.Stderr)[1], Is.EqualTo("spotlight: @nolist.txt: list no such file"));
        Assert.That(File.Exists(Path.Combine(_dir, "out", "r01.json")), Is.True);
    }

    [Test]
    public void A_path_ending_in_a_slash_that_is_no_folder_fails_as_itself_under_output_dir()
    {
        // Its name to mirror was empty: the output of "missing/" was the output folder itself, and stopped the run.
        Directory.CreateDirectory(Path.Combine(_dir, "out"));
        var result = Run("parse", "archive/r01.txt", "missing//", "--output-dir", "out", "-q");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "spotlight: missing//: no such file" + Environment.NewLine)));
        Assert.That(File.Exists(Path.Combine(_dir, "out", "r01.json")), Is.True);
    }

    [Test]
    public void Too_large_inputs_fail_with_the_limit_named()
    {
        var result = Run("parse", "archive/r01.txt", "--max-bytes", "10k");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((1, "")));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: archive/r01.txt: too large (15 KB; the limit is 10 KB, see --max-bytes)" + Environment.NewLine));
        Assert.That(Run("parse", "archive/r01.txt", "--max-bytes", "16k").ExitCode, Is.Zero);
    }

    [Test]
    public void Fail_fast_stops_at_the_first_failure()
    {
        var result = Run("parse", "archive/r01.txt", "missing.txt", "archive/r02.txt", "-f", "ndjson", "--fail-fast", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(result.Stdout), Has.Length.EqualTo(1));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: missing.txt: no such file" + Environment.NewLine));
    }

    [Test]
    public void From_reads_any_name_as_text()
    {
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "report.md"));
        var result = Run("parse", "report.md", "--from", "text", "--compact");
        Assert.That(JsonNode.Parse(result.Stdout)!["input"]!["format"]!.GetValue<string>(), Is.EqualTo("text"));
        Assert.That(Run("parse", "report.md", "--from", "docx").ExitCode, Is.EqualTo(2));
    }

    [TestCase("--jobs", "0")]
    [TestCase("--max-bytes", "lots")]
    [TestCase("-o", "a.json", "--output-dir", "out")]
    [TestCase("--force")]
    public void Wrong_batch_options_exit_2(params string[] options)
    {
        var result = Run(["parse", "archive/r01.txt", .. options]);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith("spotlight: "));
    }

    [Test]
    public void Help_on_every_command_has_examples_and_version_answers()
    {
        foreach (var command in new[] { new[] { "--help" }, new[] { "parse", "--help" }, new[] { "schema", "--help" } })
        {
            var help = Run(command);
            Assert.That(help.ExitCode, Is.Zero, string.Join(' ', command));
            Assert.That(help.Stdout, Does.Contain("Examples:"), string.Join(' ', command));
        }
        var version = Run("--version");
        Assert.That(version.Stdout.Trim(), Does.Match(@"^\d+\.\d+\.\d+$"));
    }

    [Test]
    public void No_progress_or_summary_when_quiet_and_no_bar_when_stderr_is_not_a_terminal()
    {
        var quiet = Run("parse", "archive", "-f", "ndjson", "--quiet");
        Assert.That(quiet.Stderr, Does.Not.Contain("converted"));
        var piped = Run("parse", "archive", "-f", "ndjson");
        Assert.That(piped.Stderr, Does.Not.Contain("\r").And.Not.Contain("/32 files"));
        Assert.That(piped.Stderr, Does.Contain("converted 30 files, 2 failed"));
    }

    [Test]
    public void A_terminal_gets_a_progress_bar()
    {
        Assume.That(File.Exists("/usr/bin/script"), "needs util-linux script to give the CLI a terminal");
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "spotlight.dll");
        var start = new ProcessStartInfo("/usr/bin/script", ["-qec", $"dotnet {dll} parse archive -f ndjson -o all.ndjson", "/dev/null"])
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        string screen = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(screen, Does.Contain("] 32/32 files, 2 failed, "));
        Assert.That(screen, Does.Contain("converted 30 files, 2 failed"));

        start.Environment["NO_COLOR"] = "1";
        using var plain = Process.Start(start)!;
        string quiet = plain.StandardOutput.ReadToEnd();
        plain.WaitForExit();
        Assert.That(quiet, Does.Not.Contain("] 32/32 files").And.Contain("converted 30 files"));
    }
}
