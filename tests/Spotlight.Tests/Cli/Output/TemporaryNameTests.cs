using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// Temporary files are named by the process id and random bytes, so that a leftover of a killed run never blocks a
/// later one, even where spotlight has the same process id every time (process 1 of a container).
/// </summary>
[NonParallelizable]
public sealed class TemporaryNameTests
{
    /// <summary>Runs the CLI as process 1 of a new PID namespace, as in a container.</summary>
    private static (int Code, string Stderr) RunAsProcessOne(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("unshare") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])["--pid", "--fork", "--mount", "--mount-proc", "dotnet",
                     Path.Combine(TestContext.CurrentContext.TestDirectory, "spotlight.dll"), .. args])
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "the run finished");
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }

    [Test]
    public void A_leftover_temporary_file_of_process_1_does_not_block_a_run_as_process_1()
    {
        Assume.That(OperatingSystem.IsLinux(), "PID namespaces are Linux's");
        using var folder = new HostileFolder();
        var probe = HostileFolder.Tool("unshare", "--pid", "--fork", "--mount", "--mount-proc", "sh", "-c", "echo $$");
        Assume.That(probe, Is.EqualTo((0, "1")), $"cannot run as process 1 in a new PID namespace (it needs root): {probe.Output}");

        // What a run killed outright as process 1 would leave, under the names it used.
        Directory.CreateDirectory(folder.PathOf("out"));
        File.WriteAllText(folder.PathOf(".a.json.1.tmp"), "half");
        File.WriteAllText(folder.PathOf("out/.a.json.1.tmp"), "half");

        var single = RunAsProcessOne(folder.Dir, "parse", "a.txt", "-o", "a.json");
        Assert.That(single, Is.EqualTo((0, "")));
        var batch = RunAsProcessOne(folder.Dir, "parse", "a.txt", "--output-dir", "out");
        Assert.That(batch, Is.EqualTo((0, "")));

        foreach (string output in new[] { "a.json", "out/a.json" })
            Assert.That(JsonNode.Parse(File.ReadAllText(folder.PathOf(output)))!["stats"]!["items"]!.GetValue<int>(), Is.EqualTo(20), output);
        // Another run's leftover is not ours to remove, and ours are gone.
        Assert.That(folder.Entries(), Is.EqualTo(new[] { ".a.json.1.tmp", "a.json", "a.txt", "out", "out/.a.json.1.tmp", "out/a.json" }));
    }
}
