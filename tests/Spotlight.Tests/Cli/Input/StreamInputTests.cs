using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Input;

/// <summary>
/// Streams named as files (a FIFO, /dev/stdin, a shell's process substitution, a device) are read as streams, held
/// to --max-bytes; one over the limit is one line on stderr and the batch goes on.
/// </summary>
public sealed class StreamInputTests : HostileDir
{
    private static string PathOf(string ndjsonLine) => JsonNode.Parse(ndjsonLine)!["input"]!["path"]!.GetValue<string>();

    [Test]
    public void Dev_stdin_as_a_file_argument_is_read_as_a_stream()
    {
        Assume.That(File.Exists("/dev/stdin"), "needs /dev/stdin");
        var result = Tests.Cli.CliRunner.Run(Dir, File.ReadAllBytes(TestFiles.SeedPath), "parse", "/dev/stdin", "r.txt", "-f", "ndjson", "-q");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(Lines(result.Stdout).Select(PathOf), Is.EqualTo(new[] { "/dev/stdin", "r.txt" }));
        Assert.That(Lines(result.Stdout)[0], Does.Contain("\"items\":20"));
    }

    [Test]
    public void A_fifo_is_read_to_its_end()
    {
        string fifo = MakeFifo("in.fifo");
        var writer = Task.Run(() => File.WriteAllBytes(fifo, File.ReadAllBytes(TestFiles.SeedPath)));
        var result = Run("parse", "in.fifo", "-f", "ndjson");
        writer.Wait(TimeSpan.FromSeconds(30));
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(PathOf(Lines(result.Stdout)[0]), Is.EqualTo("in.fifo"));
    }

    [Test]
    public void Process_substitution_is_read_as_a_stream()
    {
        Assume.That(File.Exists("/bin/bash"), "needs bash");
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "spotlight.dll");
        var start = new ProcessStartInfo("/bin/bash", ["-c", $"dotnet '{dll}' parse <(cat r.txt) <(cat r.txt) -f ndjson -q"])
        {
            WorkingDirectory = Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(60_000), Is.True);
        Assert.That((process.ExitCode, stderr.Result), Is.EqualTo((0, "")));
        var paths = Lines(stdout).Select(PathOf).ToList();
        Assert.That(paths, Has.Count.EqualTo(2));
        Assert.That(paths, Is.All.Match(@"^/dev/fd/\d+$"));
    }

    [Test]
    public void A_device_without_end_stops_at_the_limit_and_the_batch_goes_on()
    {
        Assume.That(File.Exists("/dev/zero"), "needs /dev/zero");
        var result = Run("parse", "/dev/zero", "r.txt", "--max-bytes", "1MB", "-f", "ndjson");
        Assert.That(Lines(result.Stderr)[0], Is.EqualTo("spotlight: /dev/zero: larger than the limit of 1MB (--max-bytes)"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(result.Stdout).Select(PathOf), Is.EqualTo(new[] { "r.txt" }));
    }

    [Test]
    public void A_fifo_over_the_limit_is_one_line()
    {
        string fifo = MakeFifo("big.fifo");
        var writer = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                for (int i = 0; i < 100; i++)
                    stream.Write(File.ReadAllBytes(TestFiles.SeedPath));
            }
            catch (IOException)
            {
                // The reader stops at the limit and closes its end: the pipe breaks, as it should.
            }
        });
        var result = Run("parse", "big.fifo", "r.txt", "--max-bytes", "64KiB", "-f", "ndjson", "-q");
        writer.Wait(TimeSpan.FromSeconds(30));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: big.fifo: larger than the limit of 64KiB (--max-bytes)" + Environment.NewLine));
        Assert.That((result.ExitCode, Lines(result.Stdout).Length), Is.EqualTo((1, 1)));
    }

    [Test]
    public void Stdin_over_the_limit_names_the_limit_once()
    {
        var result = Tests.Cli.CliRunner.Run(Dir, File.ReadAllBytes(TestFiles.SeedPath), "parse", "-", "--max-bytes", "10KB");
        Assert.That(result.Stderr, Is.EqualTo("spotlight: -: larger than the limit of 10KB (--max-bytes)" + Environment.NewLine));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }
}
