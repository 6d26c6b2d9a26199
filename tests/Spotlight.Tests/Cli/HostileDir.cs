using System.Diagnostics;
using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Cli;

/// <summary>A scratch folder holding the seed as r.txt, and the helpers the hostile-input tests share.</summary>
public abstract class HostileDir
{
    protected string Dir { get; private set; } = null!;

    [SetUp]
    public void MakeDir()
    {
        Dir = Directory.CreateTempSubdirectory("spotlight-hostile-").FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(Dir, "r.txt"));
    }

    [TearDown]
    public void RemoveDir() => Directory.Delete(Dir, recursive: true);

    private protected CliRunner.Result Run(params string[] args) => CliRunner.Run(Dir, args);

    protected static string FirstLine(string text) => text.Replace("\r", "").Split('\n')[0];

    protected static string[] Lines(string text) => text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A usage error: exit 2, the first line as given, and no trace of an exception.</summary>
    private protected static void AssertUsageError(CliRunner.Result result, string firstLine)
    {
        Assert.That(FirstLine(result.Stderr), Is.EqualTo(firstLine));
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Not.Contain("internal error").And.Not.Contain("   at ").And.Not.Contain("Exception"));
        Assert.That(result.Stdout, Is.Empty);
    }

    /// <summary>Makes a FIFO with mkfifo(1); the test is skipped where there is none.</summary>
    protected string MakeFifo(string name)
    {
        Assume.That(OperatingSystem.IsLinux() && File.Exists("/usr/bin/mkfifo"), "needs mkfifo");
        string path = Path.Combine(Dir, name);
        using var mkfifo = Process.Start("/usr/bin/mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero);
        return path;
    }

    protected void Write(string name, string text) => File.WriteAllText(Path.Combine(Dir, name), text);
}
