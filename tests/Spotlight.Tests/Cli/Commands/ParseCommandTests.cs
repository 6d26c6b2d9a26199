using System.Text.Json;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>spotlight parse, end to end: stdout, stderr and exit codes as the contract promises.</summary>
public sealed class ParseCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeWorkingDirectory()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-cli-").FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "seed.txt"));
    }

    [TearDown]
    public void RemoveWorkingDirectory() => Directory.Delete(_dir, recursive: true);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Test]
    public void Parses_the_seed_to_json_on_stdout()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        var root = Json(result.Stdout);
        Assert.That(root.GetProperty("input").GetProperty("path").GetString(), Is.EqualTo("seed.txt"));
        Assert.That(root.GetProperty("stats").GetProperty("items").GetInt32(), Is.EqualTo(20));
        Assert.That(root.GetProperty("report").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()),
            Is.EqualTo(new[] { "overview", "syria", "iraq", "palestinian-arena", "afghanistan" }));
    }

    [Test]
    public void Reads_stdin_when_the_file_is_a_dash()
    {
        var result = CliRunner.Run(_dir, File.ReadAllBytes(TestFiles.SeedPath), "parse", "-", "--format", "json");
        Assert.That(result.ExitCode, Is.Zero);
        var root = Json(result.Stdout);
        Assert.That(root.GetProperty("input").GetProperty("path").GetString(), Is.EqualTo("-"));
        Assert.That(root.GetProperty("stats").GetProperty("figures").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public void Writes_a_file_with_dash_o_and_nothing_on_stdout()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "-o", "seed.json");
        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, "", "")));
        var root = Json(File.ReadAllText(Path.Combine(_dir, "seed.json")));
        Assert.That(root.GetProperty("stats").GetProperty("sections").GetInt32(), Is.EqualTo(5));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "seed.json", "seed.txt" }),
            "no temporary file is left behind");
    }

    [Test]
    public void A_failed_run_leaves_an_existing_output_untouched()
    {
        File.WriteAllText(Path.Combine(_dir, "out.json"), "previous");
        File.WriteAllBytes(Path.Combine(_dir, "empty.txt"), []);
        var result = CliRunner.Run(_dir, "parse", "empty.txt", "-o", "out.json");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "out.json")), Is.EqualTo("previous"));
    }

    [TestCase("missing.txt", "spotlight: missing.txt: no such file", "")]
    [TestCase("empty.txt", "spotlight: empty.txt: empty file", "")]
    [TestCase("random.bin", "spotlight: random.bin: not a text file (NUL byte at offset 3)", "")]
    // A folder is a batch: its output is an array, empty when nothing in it converts.
    [TestCase("folder", "spotlight: folder: is a directory with no report files (.htm, .html, .pdf, .text, .txt, .xhtml); --recursive searches sub-folders", "[]\n")]
    public void Bad_input_is_one_line_on_stderr_and_exit_1(string file, string message, string stdout)
    {
        File.WriteAllBytes(Path.Combine(_dir, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_dir, "random.bin"), [0x8F, 0x13, 0xFF, 0x00, 0x7A, 0x01]);
        Directory.CreateDirectory(Path.Combine(_dir, "folder"));

        var result = CliRunner.Run(_dir, "parse", file);
        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((1, stdout, message + Environment.NewLine)));
    }

    [Test]
    public void Windows_1252_text_is_read_with_a_warning_naming_the_first_byte()
    {
        File.WriteAllBytes(Path.Combine(_dir, "latin1.txt"), [.. "Spotlight on Iran\n\nOverview\n\n- Iran"u8, 0x92, .. "s visit (IRNA, 6 November 2021).\n"u8]);
        var result = CliRunner.Run(_dir, "parse", "latin1.txt", "-f", "csv", "--table", "items");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.Contain("Iran\u2019s visit"));

        var json = CliRunner.Run(_dir, "parse", "latin1.txt");
        Assert.That(json.Stdout, Does.Contain("\"code\": \"SPT024\"").And.Contain("not UTF-8: read as Windows-1252: byte 0x92 at offset 35"));
    }

    [Test]
    public void Readable_text_that_is_no_report_gives_a_tree_with_diagnostics()
    {
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "Shopping list\n\neggs, milk and bread for the weekend.\n");
        var result = CliRunner.Run(_dir, "parse", "notes.txt");
        Assert.That(result.ExitCode, Is.Zero);
        var codes = Json(result.Stdout).GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.That(codes, Is.EquivalentTo(new[] { "SPT002", "SPT004", "SPT006", "SPT021" }));
    }

    [TestCase("parse", "--bogus")]
    [TestCase("parse")]
    [TestCase("parse", "seed.txt", "--format", "xml")]
    [TestCase("convert", "seed.txt")]
    public void A_wrong_command_line_exits_2_with_a_message(params string[] args)
    {
        var result = CliRunner.Run(_dir, args);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.StartWith("spotlight: "));
        Assert.That(result.Stderr, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void An_outlet_file_adds_outlets()
    {
        File.WriteAllText(Path.Combine(_dir, "outlets.yml"), "Modara Online: [Modara]\n");
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "--outlets", "outlets.yml");
        Assert.That(result.ExitCode, Is.Zero);
        var sources = Json(result.Stdout).GetProperty("report").GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray()).SelectMany(i => i.GetProperty("sources").EnumerateArray());
        var modara = sources.Single(s => s.GetProperty("name").GetString() == "Modara");
        Assert.That(modara.GetProperty("outlet").GetString(), Is.EqualTo("Modara Online"));
    }

    [TestCase("- Fars\n", "spotlight: outlets.yml: line 1: expected a mapping of outlet names to their aliases")]
    [TestCase(null, "spotlight: outlets.yml: no such file")]
    public void A_bad_outlet_file_is_one_line_and_exit_2(string? yaml, string message)
    {
        if (yaml is not null)
            File.WriteAllText(Path.Combine(_dir, "outlets.yml"), yaml);
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "--outlets", "outlets.yml");
        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((2, "", message + Environment.NewLine)));
    }

    [Test]
    public void Help_shows_examples()
    {
        var result = CliRunner.Run(_dir, "parse", "--help");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stdout, Does.Contain("Examples:").And.Contain("spotlight parse report.txt -o report.json"));
    }
}
