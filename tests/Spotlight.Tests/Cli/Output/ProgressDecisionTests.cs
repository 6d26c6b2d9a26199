using System.Diagnostics;
using Spotlight.Cli.Output;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// The bar is drawn where a person watches stderr and the data goes elsewhere: never into the trees on a terminal,
/// never on a terminal that cannot move its cursor.
/// </summary>
public sealed class ProgressDecisionTests : HostileDir
{
    //        files quiet  noProg stderrT stdoutT TERM     NO_COLOR drawn
    [TestCase(10, false, false, true, false, "xterm", null, true)]
    [TestCase(3, false, false, true, false, "xterm", null, false)]
    [TestCase(10, true, false, true, false, "xterm", null, false)]
    [TestCase(10, false, true, true, false, "xterm", null, false)]
    [TestCase(10, false, false, false, false, "xterm", null, false)]
    [TestCase(10, false, false, true, true, "xterm", null, false)]
    [TestCase(10, false, false, true, false, "dumb", null, false)]
    [TestCase(10, false, false, true, false, null, null, false)]
    [TestCase(10, false, false, true, false, "", null, false)]
    [TestCase(10, false, false, true, false, "xterm", "1", false)]
    [TestCase(10, false, false, true, false, "xterm", "", true)]
    public void The_bar_is_drawn_only_on_a_capable_terminal_apart_from_the_data(int files, bool quiet, bool noProgress,
        bool stderrIsTerminal, bool stdoutIsTerminal, string? term, string? noColor, bool drawn)
    {
        Assert.That(ProgressDecision.Draws(files, quiet, noProgress, stderrIsTerminal, stdoutIsTerminal, term, noColor), Is.EqualTo(drawn));
    }

    /// <summary>
    /// A real terminal on stderr, made by script(1), with stdout redirected into a file: the bar is drawn under
    /// xterm and not under TERM=dumb, and the data never holds an escape code.
    /// </summary>
    [TestCase("xterm", true)]
    [TestCase("dumb", false)]
    public void Under_a_dumb_terminal_stderr_holds_no_escape_codes(string term, bool drawn)
    {
        Assume.That(OperatingSystem.IsLinux() && File.Exists("/usr/bin/script"), "needs script(1) for a terminal");
        Directory.CreateDirectory(Path.Combine(Dir, "many"));
        for (int i = 0; i < 8; i++)
            File.Copy(Path.Combine(Dir, "r.txt"), Path.Combine(Dir, "many", $"r{i}.txt"));
        string spotlight = Path.Combine(TestContext.CurrentContext.TestDirectory, "spotlight.dll");
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            WorkingDirectory = Dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TERM"] = term;
        start.Environment.Remove("NO_COLOR");
        foreach (string arg in new[] { "-qefc", $"dotnet '{spotlight}' parse many -f ndjson -j 1 > out.ndjson", "/dev/null" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Close();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True);

        Assert.That(process.ExitCode, Is.Zero, screen.Result);
        Assert.That(screen.Result.Contains('\x1b'), Is.EqualTo(drawn), screen.Result);
        Assert.That(File.ReadAllText(Path.Combine(Dir, "out.ndjson")), Does.Not.Contain("\x1b").And.Not.Contain("\r"));
        Assert.That(Lines(File.ReadAllText(Path.Combine(Dir, "out.ndjson"))), Has.Length.EqualTo(8));
    }
}
