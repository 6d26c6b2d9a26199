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

    [SetUp]
    public void MakeLargeInput()
    {
        _input = TextShapes.All.Single(shape => shape.Name == "a heading repeated").Make(3 * PathologicalInputs.MiB / 2);
        File.WriteAllBytes(Path.Combine(Dir, "big.txt"), _input);
    }

    private string Tree(IReportWriter writer, string path) =>
        Encoding.UTF8.GetString(TreeCorpus.RenderBytes(writer, ReportPipeline.Parse(_input, path, new PlainTextReader())));

    [TestCase("json")]
    [TestCase("ndjson")]
    public void A_large_report_gives_the_bytes_of_its_tree_on_stdout_in_a_file_and_under_a_folder(string format)
    {
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
    public void In_a_list_each_large_report_keeps_its_place()
    {
        var seed = ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), "r.txt", new PlainTextReader());
        var big = ReportPipeline.Parse(_input, "big.txt", new PlainTextReader());
        var result = CliRunner.Run(Dir, "parse", "r.txt", "big.txt", "r.txt", "-q");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(result.Stdout == Encoding.UTF8.GetString(TreeCorpus.RenderBytes(new JsonReportWriter(), seed, big, seed)), Is.True);
    }
}
