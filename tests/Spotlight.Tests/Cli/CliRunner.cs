using System.Diagnostics;

namespace Spotlight.Tests.Cli;

/// <summary>Runs the built CLI as a separate process, as a user or a script would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDirectory, byte[]? stdin, params string[] args) => Run(workingDirectory, stdin, null, args);

    /// <param name="environment">Variables set for the run (a heap limit, say).</param>
    public static Result Run(string workingDirectory, byte[]? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"spotlight {string.Join(' ', args)} did not finish");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>
    /// Starts the CLI and returns at once, for tests that signal or kill it mid-run. <c>dotnet spotlight.dll</c>
    /// runs the program in the host process itself, so the process's id is the one to signal.
    /// </summary>
    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Start(workingDirectory, environment, defaultSignals: false, args);

    /// <summary>
    /// As <see cref="Start(string, string[])"/>, with SIGINT and SIGTERM at their default handling in the CLI even where
    /// this test run ignores them (a background job of a script, as some CI runners start it): <c>env</c> resets them
    /// and then becomes the CLI, so the process's id is still the one to signal.
    /// </summary>
    public static Process StartWithDefaultSignals(string workingDirectory, params string[] args) =>
        Start(workingDirectory, null, defaultSignals: true, args);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, bool defaultSignals, string[] args)
    {
        var start = new ProcessStartInfo(defaultSignals ? "env" : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        if (defaultSignals)
        {
            // coreutils 8.31 and later.
            foreach (string arg in new[] { "--default-signal=INT", "--default-signal=TERM", "dotnet" })
                start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "spotlight.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
