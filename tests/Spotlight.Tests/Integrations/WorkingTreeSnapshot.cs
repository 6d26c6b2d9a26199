namespace Spotlight.Tests.Integrations;

/// <summary>
/// The repository as it stands in the working tree, uncommitted changes and new files included, copied into a
/// repository of its own and committed: what pre-commit clones by its <c>rev</c>, and the action's own source. Made
/// once for the run and removed at its end (<see cref="IntegrationFolders"/>).
/// </summary>
internal static class WorkingTreeSnapshot
{
    private static readonly Lazy<(string Path, string Commit)> Made = new(Make);

    /// <summary>The folder holding the copy, a git repository with the copy committed.</summary>
    public static string Path => Made.Value.Path;

    /// <summary>The commit of the copy.</summary>
    public static string Commit => Made.Value.Commit;

    private static (string, string) Make()
    {
        string root = IntegrationFolders.Make("snapshot");
        // Tracked and new files alike; what .gitignore leaves out (bin/, obj/) is not source. A file deleted but not
        // yet staged is listed and absent, and stays out.
        var listed = Git(TestFiles.RepositoryRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Stdout
            .Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct();
        foreach (string file in listed)
        {
            string from = System.IO.Path.Combine(TestFiles.RepositoryRoot, file);
            if (!File.Exists(from))
                continue;
            string to = System.IO.Path.Combine(root, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
        Git(root, "init", "-q");
        Git(root, "add", "-A");
        Git(root, "-c", "user.name=spotlight tests", "-c", "user.email=tests@spotlight.invalid", "commit", "-q", "--no-verify", "-m", "the working tree");
        return (root, Git(root, "rev-parse", "HEAD").Stdout.Trim());
    }

    public static ChildProcess.Result Git(string directory, params string[] arguments)
    {
        var result = ChildProcess.Run("git", directory, GitEnvironment, TimeSpan.FromSeconds(120), arguments);
        Assert.That(result.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)} in {directory}: {result.Stderr}");
        return result;
    }

    /// <summary>No system or user configuration: a machine's hooks, signing or templates are not the test's.</summary>
    public static IReadOnlyDictionary<string, string?> GitEnvironment { get; } = new Dictionary<string, string?>
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
    };
}
