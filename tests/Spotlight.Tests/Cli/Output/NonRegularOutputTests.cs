using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// An output that is not a regular file (a character device such as /dev/null, a FIFO) is written in place, never
/// replaced by a regular file renamed over it, and no temporary file is made beside it.
/// </summary>
[NonParallelizable]
public sealed class NonRegularOutputTests
{
    private HostileFolder _folder = null!;

    [SetUp]
    public void Make()
    {
        Assume.That(OperatingSystem.IsLinux(), "stat -c %F and mkfifo");
        _folder = new HostileFolder();
    }

    [TearDown]
    public void Remove()
    {
        _folder?.Dispose();
        // Were /dev/null ever replaced, every later test and program would suffer: it is made again as it was.
        if (HostileFolder.Tool("stat", "-c", "%F", "/dev/null").Output != "character special file" && Environment.UserName == "root")
        {
            File.Delete("/dev/null");
            HostileFolder.Tool("mknod", "-m", "666", "/dev/null", "c", "1", "3");
        }
    }

    [TestCase("parse")]
    [TestCase("validate")]
    public void Dev_null_stays_a_character_device(string command)
    {
        var result = _folder.Run(command, "a.txt", "-o", "/dev/null");
        Assert.That(HostileFolder.Tool("stat", "-c", "%F", "/dev/null").Output, Is.EqualTo("character special file"));
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(Directory.EnumerateFileSystemEntries("/dev", ".null*"), Is.Empty, "no temporary file is left in /dev");
    }

    [Test]
    public void A_fifo_is_written_into_and_stays_a_fifo()
    {
        var (code, output) = HostileFolder.Tool("mkfifo", _folder.PathOf("pipe"));
        Assume.That(code, Is.Zero, $"mkfifo failed: {output}");
        // The reader opens the FIFO as the writer does; the run would block without one. It is a process of its own,
        // so that it can be stopped if the output never comes (a FIFO replaced by a file is never written).
        var start = new ProcessStartInfo("cat") { RedirectStandardOutput = true };
        start.ArgumentList.Add(_folder.PathOf("pipe"));
        using var reader = Process.Start(start)!;
        var read = reader.StandardOutput.ReadToEndAsync();
        try
        {
            var result = _folder.Run("parse", "a.txt", "-o", "pipe");
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(reader.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "the reader got the end of the output");
            Assert.That(JsonNode.Parse(read.Result)!["stats"]!["items"]!.GetValue<int>(), Is.EqualTo(20));
        }
        finally
        {
            if (!reader.HasExited)
                reader.Kill();
        }
        Assert.That(HostileFolder.Tool("stat", "-c", "%F", _folder.PathOf("pipe")).Output, Is.EqualTo("fifo"));
        Assert.That(_folder.Entries(), Is.EqualTo(new[] { "a.txt", "pipe" }));
    }
}
