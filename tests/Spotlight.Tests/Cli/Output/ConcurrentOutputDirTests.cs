using System.Text.Json;
using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// Without --force, an output under --output-dir is put in place only if its name is still free when it is complete:
/// two runs into one folder write each file once, and the run that comes second says the file exists.
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

        var stderrs = runs.ToDictionary(r => r.Name, r => r.Stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet());
        Assert.That(Directory.GetFileSystemEntries(folder.PathOf("out")), Has.Length.EqualTo(Copies), "every output, and no temporary file");
        for (int i = 1; i <= Copies; i++)
        {
            string name = $"r{i:000}";
            using var tree = JsonDocument.Parse(File.ReadAllBytes(folder.PathOf($"out/{name}.json")));
            string writer = Path.GetDirectoryName(tree.RootElement.GetProperty("input").GetProperty("path").GetString())!;
            string other = writer == "archive" ? "./archive" : "archive";
            Assert.That(stderrs[writer].Where(line => line.Contains(name + ".")), Is.Empty, $"{writer} wrote {name}.json");
            Assert.That(stderrs[other], Does.Contain($"spotlight: {other}/{name}.txt: out/{name}.json exists (--force replaces it)"),
                $"{writer} wrote {name}.json, so {other} found it there and kept it");
        }
        Assert.That(stderrs.Values.Sum(lines => lines.Count), Is.EqualTo(Copies), "one 'exists' for each file, and nothing else");
        foreach (var run in runs)
            Assert.That(run.Process.ExitCode, Is.EqualTo(stderrs[run.Name].Count > 0 ? 1 : 0), run.Name);
    }
}
