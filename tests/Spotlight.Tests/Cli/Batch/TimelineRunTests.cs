using Spotlight.Cli.Batch;
using Spotlight.Parsing;
using Spotlight.Tests.Writing;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>
/// A timeline run whose events do not fit in its bound: sorted runs spilled to the scratch folder, merged to the same
/// timeline as one sorted in memory, the folder left as it was found; and one whose scratch folder cannot take them.
/// </summary>
public sealed class TimelineRunTests
{
    private string _folder = "";

    [SetUp]
    public void MakeFolder()
    {
        _folder = Directory.CreateTempSubdirectory("spotlight-timeline-run-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "reports"));
        Directory.CreateDirectory(Path.Combine(_folder, "scratch"));
        File.Copy(TestFiles.SeedPath, Path.Combine(_folder, "reports", "a.txt"));
        foreach (string sample in Directory.GetFiles(TestFiles.Samples))
            File.Copy(sample, Path.Combine(_folder, "reports", "b-" + Path.GetFileName(sample)));
        File.WriteAllBytes(Path.Combine(_folder, "reports", "c-empty.txt"), []);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private string Scratch => Path.Combine(_folder, "scratch");

    private (int Code, string Output, string Errors, int Runs) Execute(string output, SpillBound bound, int jobs = 2, string? scratch = null)
    {
        var settings = new TimelineSettings([Path.Combine(_folder, "reports")], false, null, Path.Combine(_folder, output),
            new CsvTimelineWriter(), TimelineFilter.None, ProfileChoice.BuiltIn, null, null, jobs, 1 << 26, false, true, true)
        {
            ScratchDirectory = scratch ?? Scratch,
            Bound = bound,
        };
        var run = new TimelineRun(settings);
        var errors = new StringWriter();
        var before = Console.Error;
        Console.SetError(errors);
        try
        {
            int code = run.Execute();
            string path = Path.Combine(_folder, output);
            return (code, File.Exists(path) ? File.ReadAllText(path) : "", errors.ToString(), run.RunsWritten);
        }
        finally
        {
            Console.SetError(before);
        }
    }

    [Test]
    public void A_timeline_spilled_through_many_runs_equals_the_one_sorted_in_memory_and_leaves_no_file()
    {
        var inMemory = Execute("memory.csv", SpillBound.Default);
        var spilled = Execute("spilled.csv", new SpillBound(3, long.MaxValue));
        Assert.Multiple(() =>
        {
            Assert.That((inMemory.Code, spilled.Code), Is.EqualTo((1, 1)), "the empty report fails both");
            Assert.That(inMemory.Runs, Is.Zero);
            Assert.That(spilled.Runs, Is.EqualTo(22), "a run after each report read but the last");
            Assert.That(spilled.Output, Is.EqualTo(inMemory.Output));
            Assert.That(spilled.Errors, Is.EqualTo(inMemory.Errors));
            Assert.That(CsvReadBack.Table(spilled.Output).Rows, Has.Count.EqualTo(CsvReadBack.Table(inMemory.Output).Rows.Count).And.Count.GreaterThan(250));
            Assert.That(Directory.EnumerateFileSystemEntries(Scratch), Is.Empty);
            Assert.That(Directory.EnumerateFiles(_folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "memory.csv", "spilled.csv" }));
        });
    }

    [Test]
    public void The_byte_bound_spills_as_the_count_bound_does_and_one_job_gives_the_same()
    {
        var inMemory = Execute("memory.csv", SpillBound.Default);
        var spilled = Execute("spilled.csv", new SpillBound(int.MaxValue, 6_000), jobs: 1);
        Assert.That(spilled.Runs, Is.GreaterThan(15), "3,000 bytes of records a run, and texts past 3,000 bytes in their file");
        Assert.That(spilled.Output, Is.EqualTo(inMemory.Output));
        Assert.That(Directory.EnumerateFileSystemEntries(Scratch), Is.Empty);
    }

    [Test]
    public void A_scratch_folder_that_cannot_take_a_run_fails_the_run_and_writes_nothing()
    {
        string missing = Path.Combine(_folder, "no-scratch");
        var result = Execute("out.csv", new SpillBound(3, long.MaxValue), scratch: missing);
        Assert.That(result.Code, Is.EqualTo(1));
        Assert.That(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1],
            Is.EqualTo($"spotlight: cannot use temporary files in {missing} (no such directory: {missing}); nothing was written"));
        Assert.That(File.Exists(Path.Combine(_folder, "out.csv")), Is.False);
        Assert.That(Directory.EnumerateFiles(_folder), Is.Empty, "no temporary output is left either");
    }
}
