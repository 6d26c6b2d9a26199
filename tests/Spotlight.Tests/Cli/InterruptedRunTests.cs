using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spotlight.Tests.Cli;

/// <summary>
/// A batch stopped part-way, by SIGKILL, SIGTERM or SIGINT, leaves every output whole or absent: the files
/// already renamed into place are complete trees, and nothing else is there but, after SIGKILL alone, the
/// hidden temporary file of an output in progress.
/// </summary>
public sealed class InterruptedRunTests
{
    private const int Copies = 300;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private string _dir = null!;

    [SetUp]
    public void MakeArchive()
    {
        Assume.That(OperatingSystem.IsLinux(), "signals are sent with kill and checked in /proc");
        _dir = Directory.CreateTempSubdirectory("spotlight-interrupted-").FullName;
        string archive = Directory.CreateDirectory(Path.Combine(_dir, "archive")).FullName;
        for (int i = 1; i <= Copies; i++)
            File.Copy(TestFiles.SeedPath, Path.Combine(archive, $"r{i:000}.txt"));
    }

    [TearDown]
    public void Remove()
    {
        if (_dir is not null)
            Directory.Delete(_dir, recursive: true);
    }

    private string Out => Path.Combine(_dir, "out");

    /// <summary>Starts the batch and returns once its first output is in place, so that a signal lands mid-run.</summary>
    private Process StartBatch()
    {
        // One job: outputs come one at a time, which keeps the run long enough to interrupt.
        // Signals at their default handling, so that the CLI takes SIGINT even when this run was started ignoring it.
        var process = CliRunner.StartWithDefaultSignals(_dir, "parse", "archive", "--output-dir", "out", "--jobs", "1", "--quiet");
        process.StandardInput.Close();
        var clock = Stopwatch.StartNew();
        while (!(Directory.Exists(Out) && Directory.EnumerateFiles(Out, "*.json").Any()))
        {
            if (process.HasExited || clock.Elapsed > Deadline)
            {
                process.Kill();
                Assert.Fail($"no output appeared: {process.StandardError.ReadToEnd()}");
            }
            Thread.Sleep(5);
        }
        return process;
    }

    private static void WaitForExit(Process process)
    {
        if (!process.WaitForExit(Deadline))
        {
            process.Kill();
            Assert.Fail("spotlight did not stop");
        }
    }

    /// <summary>The outputs in place, each checked to be a whole tree of the input it is named after.</summary>
    private List<string> AssertOutputsWhole()
    {
        var outputs = Directory.GetFiles(Out, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        foreach (string name in outputs)
        {
            using var tree = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, name)));
            Assert.That(tree.RootElement.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1), name);
            Assert.That(tree.RootElement.GetProperty("input").GetProperty("path").GetString(),
                Is.EqualTo(Path.Combine("archive", Path.ChangeExtension(name, ".txt"))));
            Assert.That(tree.RootElement.GetProperty("stats").GetProperty("items").GetInt32(), Is.EqualTo(20), name);
        }
        Assert.That(outputs, Has.Count.InRange(1, Copies - 1), "the run was to be stopped part-way");
        return outputs;
    }

    /// <summary>Which signals the process ignores, from the SigIgn mask in /proc (bit n-1 for signal n).</summary>
    private static bool Ignores(Process process, int signal)
    {
        string mask = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))[7..].Trim();
        return (ulong.Parse(mask, NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (signal - 1))) != 0;
    }

    [Test]
    public void Sigkill_leaves_complete_outputs_and_at_most_a_hidden_temporary_file()
    {
        using var process = StartBatch();
        process.Kill();
        WaitForExit(process);
        Assert.That(process.ExitCode, Is.EqualTo(128 + 9));

        var outputs = AssertOutputsWhole();
        var others = Directory.GetFileSystemEntries(Out).Select(f => Path.GetFileName(f)).Except(outputs).ToList();
        Assert.That(others, Has.Count.LessThanOrEqualTo(1));
        Assert.That(others, Has.All.Match(new Regex(@"^\.r\d{3}\.json\.\d+\.[0-9a-f]{16}\.tmp$")));
    }

    [TestCase("TERM", 15, 143)]
    [TestCase("INT", 2, 130)]
    public void A_signal_removes_the_temporary_file_and_exits_with_the_signal_code(string signal, int number, int code)
    {
        using var process = StartBatch();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(Ignores(process, number), Is.False, $"SIG{signal} is at its default handling in the CLI");
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        WaitForExit(process);

        Assert.That(process.ExitCode, Is.EqualTo(code));
        Assert.That(stderr.Result, Is.EqualTo($"spotlight: stopped by SIG{signal}" + Environment.NewLine));
        var outputs = AssertOutputsWhole();
        Assert.That(Directory.GetFileSystemEntries(Out).Select(f => Path.GetFileName(f)), Is.EquivalentTo(outputs));
    }
}
