using System.Text;
using Spotlight.Reading;
using Spotlight.Tests.Pathological;
using Spotlight.Tests.Writing;
using Spotlight.Writing;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// An input over 1 MiB is written a section at a time wherever its report is an output of its own: stdout, -o, a file
/// under --output-dir. Each gives the bytes its whole tree gives; in a list of reports, each is written from its tree.
/// </summary>
public sealed class InPartsOutputTests : HostileDir
{
    private byte[] _input = null!;

    private void MakeLargeInput(string shape)
    {
        _input = TextShapes.All.Single(s => s.Name == shape).Make(3 * PathologicalInputs.MiB / 2);
        File.WriteAllBytes(Path.Combine(Dir, "big.txt"), _input);
    }

    private string Tree(IReportWriter writer, string path) =>
        Encoding.UTF8.GetString(TreeCorpus.RenderBytes(writer, ReportPipeline.Parse(_input, path, new PlainTextReader())));

    /// <summary>A section for every heading; one section of many items, held back on disk until it ends.</summary>
    [TestCase("json", "a heading repeated")]
    [TestCase("ndjson", "a heading repeated")]
    [TestCase("json", "paragraphs without glyphs one line apart")]
    [TestCase("ndjson", "citations on every line")]
    public void A_large_report_gives_the_bytes_of_its_tree_on_stdout_in_a_file_and_under_a_folder(string format, string shape)
    {
        MakeLargeInput(shape);
        IReportWriter writer = format == "json" ? new JsonReportWriter() : new NdjsonReportWriter();
        string expected = Tree(writer, "big.txt");

        var stdout = CliRunner.Run(Dir, "parse", "big.txt", "-f", format);
        Assert.That((stdout.ExitCode, stdout.Stderr, stdout.Stdout == expected), Is.EqualTo((0, "", true)));

        var file = CliRunner.Run(Dir, "parse", "big.txt", "-f", format, "-o", "big.out");
        Assert.That((file.ExitCode, file.Stderr, File.ReadAllText(Path.Combine(Dir, "big.out")) == expected), Is.EqualTo((0, "", true)));

        var folder = CliRunner.Run(Dir, "parse", "big.txt", "r.txt", "-f", format, "--output-dir", "out", "-q");
        Assert.That((folder.ExitCode, folder.Stderr), Is.EqualTo((0, "")));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "out", "big." + format)) == expected, Is.True);

        var stdin = CliRunner.Run(Dir, _input, "parse", "-", "-f", format);
        Assert.That((stdin.ExitCode, stdin.Stdout == Tree(writer, "-")), Is.EqualTo((0, true)));
    }

    [Test]
    public void The_temporary_file_of_the_items_held_back_is_left_behind_by_no_run()
    {
        MakeLargeInput("paragraphs without glyphs one line apart");
        string temporary = Directory.CreateDirectory(Path.Combine(Dir, "tmp")).FullName;
        var result = CliRunner.Run(Dir, null, new Dictionary<string, string> { ["TMPDIR"] = temporary + "/" }, "parse", "big.txt", "-o", "big.json");
        Assert.That((result.ExitCode, result.Stderr, Directory.GetFileSystemEntries(temporary)), Is.EqualTo((0, "", Array.Empty<string>())));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "big.json")) == Tree(new JsonReportWriter(), "big.txt"), Is.True);
    }

    [Test]
    public void Without_a_place_for_temporary_files_the_items_held_back_stay_in_memory()
    {
        MakeLargeInput("paragraphs without glyphs one line apart");
        var environment = new Dictionary<string, string> { ["TMPDIR"] = Path.Combine(Dir, "no such folder") + "/" };
        var result = CliRunner.Run(Dir, null, environment, "parse", "big.txt", "-o", "big.json");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "big.json")) == Tree(new JsonReportWriter(), "big.txt"), Is.True);
        Assert.That(Directory.Exists(Path.Combine(Dir, "no such folder")), Is.False);
    }

    [Test]
    public void In_a_list_each_large_report_keeps_its_place()
    {
        MakeLargeInput("a heading repeated");
        var seed = ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), "r.txt", new PlainTextReader());
        var big = ReportPipeline.Parse(_input, "big.txt", new PlainTextReader());
        var result = CliRunner.Run(Dir, "parse", "r.txt", "big.txt", "r.txt", "-q");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(result.Stdout == Encoding.UTF8.GetString(TreeCorpus.RenderBytes(new JsonReportWriter(), seed, big, seed)), Is.True);
    }
}
