namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// A reader that goes away (<c>| head -c 10</c>) stops the run at once and silently, rather than converting the rest
/// for nobody; and it succeeds, as ripgrep does, so that a script under <c>set -o pipefail</c> goes on.
/// </summary>
public sealed class ClosedStdoutTests : HostileDir
{
    [TestCase("parse", "-f", "ndjson")]
    [TestCase("parse", "-f", "json")]
    [TestCase("parse", "-f", "csv")]
    [TestCase("validate", "-f", "text")]
    public void A_closed_pipe_ends_the_run(string command, string option, string format)
    {
        Directory.CreateDirectory(Path.Combine(Dir, "many"));
        for (int i = 0; i < 200; i++)
            File.Copy(Path.Combine(Dir, "r.txt"), Path.Combine(Dir, "many", $"r{i:000}.txt"));
        using var process = Cli.CliRunner.Start(Dir, command, "many", option, format, "-j", "1");
        var stderr = process.StandardError.ReadToEndAsync();
        var head = new char[10];
        process.StandardOutput.ReadBlock(head, 0, head.Length);
        process.StandardOutput.Close();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "the run went on after its reader had gone");
        // Without the stop, the summary of all 200 inputs would be on stderr.
        Assert.That((process.ExitCode, stderr.Result), Is.EqualTo((0, "")));
    }
}
