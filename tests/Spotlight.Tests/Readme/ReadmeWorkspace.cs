namespace Spotlight.Tests.Readme;

/// <summary>
/// A temporary folder an example runs in, as a reader's clone would be: <c>work/</c> holds copies of <c>seeds/</c>,
/// <c>samples/</c> and <c>docs/spotlight.1</c> (and what the example's given adds), <c>bin/spotlight</c> is a wrapper
/// running the build under test with <c>dotnet spotlight.dll</c>, first on PATH, and <c>home/</c> is HOME, so that
/// <c>~/.local/…</c> stays inside.
/// </summary>
internal sealed class ReadmeWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("spotlight-readme-").FullName;

    public string Work => Path.Combine(Root, "work");

    private string Bin => Path.Combine(Root, "bin");

    private string Home => Path.Combine(Root, "home");

    public ReadmeWorkspace()
    {
        Directory.CreateDirectory(Bin);
        Directory.CreateDirectory(Home);
        CopyFolder(Path.Combine(TestFiles.RepositoryRoot, "seeds"), Path.Combine(Work, "seeds"));
        CopyFolder(TestFiles.Samples, Path.Combine(Work, "samples"));
        Directory.CreateDirectory(Path.Combine(Work, "docs"));
        File.Copy(Path.Combine(TestFiles.RepositoryRoot, "docs", "spotlight.1"), Path.Combine(Work, "docs", "spotlight.1"));

        string wrapper = Path.Combine(Bin, "spotlight");
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "spotlight.dll");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{dll}' \"$@\"\n");
        MakeExecutable(wrapper);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Writes a file under <c>work/</c>, making its folders.</summary>
    public void Write(string relativePath, string text)
    {
        string path = Path.Combine(Work, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Copy(string repositoryPath, string relativePath)
    {
        string path = Path.Combine(Work, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(TestFiles.RepositoryRoot, repositoryPath), path);
    }

    /// <summary>Runs a program in <c>work/</c> with the workspace's PATH and HOME.</summary>
    public ChildProcess.Result Run(string program, params string[] arguments) =>
        ChildProcess.Run(program, Work, new Dictionary<string, string?>
        {
            ["PATH"] = Bin + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["HOME"] = Home,
            // Sorted output in the README is sorted bytewise; a git run needs no identity to stage files.
            ["LC_ALL"] = "C.UTF-8",
            ["TERM"] = null,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        }, TimeSpan.FromSeconds(90), arguments);

    /// <summary>Writes a script outside <c>work/</c> (so that it is no file an example lists) and names it.</summary>
    public string Script(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        MakeExecutable(path);
        return path;
    }

    // The examples are shell, run where there is one.
    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
