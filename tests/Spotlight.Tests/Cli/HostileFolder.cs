using System.Diagnostics;
using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Cli;

/// <summary>A temporary folder holding the seed as <c>a.txt</c>, with the helpers the tests of outputs share.</summary>
internal sealed class HostileFolder : IDisposable
{
    /// <summary>Far in the past, so that any write to a file shows in its modification time.</summary>
    public static readonly DateTime Untouched = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    public string Dir { get; } = Directory.CreateTempSubdirectory("spotlight-hostile-").FullName;

    public HostileFolder()
    {
        File.Copy(TestFiles.SeedPath, PathOf("a.txt"));
        File.SetLastWriteTimeUtc(PathOf("a.txt"), Untouched);
    }

    public string PathOf(string relative) => Path.Combine(Dir, relative);

    /// <summary>Writes a file that the run is to read and leave as it was.</summary>
    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
        File.SetLastWriteTimeUtc(PathOf(relative), Untouched);
    }

    public CliRunner.Result Run(params string[] args) => CliRunner.Run(Dir, args);

    /// <summary>Every entry under the folder, hidden ones too, with links not followed.</summary>
    public List<string> Entries() =>
        Directory.EnumerateFileSystemEntries(Dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => Path.GetRelativePath(Dir, path)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Runs a command-line tool (mount, mkfifo, stat), returning its exit code and output.</summary>
    public static (int Code, string Output) Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
