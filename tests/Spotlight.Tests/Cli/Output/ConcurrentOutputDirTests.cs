using System.Text.Json;
using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// Without --force, an output under --output-dir is put in place only if its name is still free when it is complete:
/// two runs into one folder write each file once, and each run says how many it found written by the other.
/// </summary>
[NonParallelizable]
public sealed class ConcurrentOutputDirTests
{
    private const int Copies = 300;

    [Test]
    public void Two_runs_into_one_folder_never_replace_each_others_outputs()
    {
        using var folder = new HostileFolder();
        string archive = Directory.CreateDirectory(folder.PathOf("archive")).FullName;
        for (int i = 1; i <= Copies; i++)
            File.Copy(TestFiles.SeedPath, Path.Combine(archive, $"r{i:000}.txt"));

        // The two runs name the archive differently, so that each output tells which run wrote it.
        using var first = CliRunner.Start(folder.Dir, "parse", "archive", "--output-dir", "out", "--quiet");
        using var second = CliRunner.Start(folder.Dir, "parse", "./archive", "--output-dir", "out", "--quiet");
        var runs = new[] { (Process: first, Name: "archive"), (Process: second, Name: "./archive") }.Select(run =>
        {
            run.Process.StandardInput.Close();
            var stdout = run.Process.StandardOutput.ReadToEndAsync();
            var stderr = run.Process.StandardError.ReadToEndAsync();
            return (run.Process, run.Name, Stdout: stdout, Stderr: stderr);
        }).ToList();
        foreach (var run in runs)
        {
            Assert.That(run.Process.WaitForExit(TimeSpan.FromSeconds(120)), Is.True, "the run finished");
            run.Process.WaitForExit();
        }

        var stderrs = runs.ToDictionary(r => r.Name, r => r.Stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.That(Directory.GetFileSystemEntries(folder.PathOf("out")), Has.Length.EqualTo(Copies), "every output, and no temporary file");
        var writtenBy = runs.ToDictionary(r => r.Name, _ => 0);
        for (int i = 1; i <= Copies; i++)
        {
            using var tree = JsonDocument.Parse(File.ReadAllBytes(folder.PathOf($"out/r{i:000}.json")));
            writtenBy[Path.GetDirectoryName(tree.RootElement.GetProperty("input").GetProperty("path").GetString())!]++;
        }
        Assert.That(writtenBy.Values.Sum(), Is.EqualTo(Copies));
        foreach (var run in runs)
        {
            // Each file the other run wrote, this one found there and kept: all of them summed up in one line.
            int kept = writtenBy[run.Name == "archive" ? "./archive" : "archive"];
            string[] expected = kept switch
            {
                0 => [],
                1 => [$"spotlight: {run.Name}/r"],
                _ => [$"spotlight: {kept} outputs exist in out (--force replaces them, --skip-existing converts only what is new)"],
            };
            Assert.That(stderrs[run.Name], Has.Length.EqualTo(expected.Length), run.Name);
            for (int line = 0; line < expected.Length; line++)
                Assert.That(stderrs[run.Name][line], Does.StartWith(expected[line]), run.Name);
            Assert.That(run.Process.ExitCode, Is.EqualTo(kept > 0 ? 1 : 0), run.Name);
        }
    }
}
