using Spotlight.Tests.Validation;

namespace Spotlight.Tests.Readme;

/// <summary>
/// The files an example assumes beyond the clone's seeds and samples, by the name its marker gives
/// (<c>&lt;!-- example: given an archive in reports/ --&gt;</c>). Each is made of the repository's own reports: the
/// seed, the samples, and the failing examples of <c>docs/rules.md</c>.
/// </summary>
internal static class ReadmeGivens
{
    private const string Seed = "seeds/" + TestFiles.SeedName;

    public static IReadOnlyDictionary<string, Action<ReadmeWorkspace>> All { get; } = new Dictionary<string, Action<ReadmeWorkspace>>
    {
        // The Usage section's files: reports of each series, and a folder that validates clean under --strict.
        ["the files of the usage"] = workspace =>
        {
            workspace.Copy(Seed, "report.txt");
            workspace.Copy(Seed, "a.txt");
            workspace.Copy("samples/002_new_year_topics.txt", "b.txt");
            workspace.Copy("samples/011_jihad_arena_dashes.txt", "jihad.txt");
            workspace.Copy(Seed, "caspian.txt");
            workspace.Copy(Seed, "reports/seed.txt");
        },
        ["reports of the caspian series"] = workspace =>
        {
            workspace.Copy(Seed, "caspian-2024-03.txt");
            workspace.Copy(Seed, "caspian/2024-03.txt");
        },
        // Converting an archive: three reports in two folders, one empty file, under git.
        ["an archive in reports/"] = workspace =>
        {
            workspace.Copy(Seed, "reports/2021/spotlight-2021-11-18.txt");
            workspace.Copy("samples/001_bullets_highlights.txt", "reports/spotlight-2017-09-17.txt");
            workspace.Copy("samples/002_new_year_topics.txt", "reports/spotlight-2022-01-06.txt");
            workspace.Write("reports/broken.txt", "");
            Git(workspace, "init", "-q");
            Git(workspace, "add", "reports");
        },
        // Validating in CI: a report with an error (in drafts/), one with a warning, the seed with an info.
        ["reports to validate"] = workspace =>
        {
            workspace.Copy(Seed, "reports/seed.txt");
            workspace.Write("reports/nosource.txt", RuleExamples.All["SPT008"].Failing);
            workspace.Write("reports/drafts/damaged.txt", RuleExamples.All["SPT018"].Failing);
        },
        // The pre-commit hook: a report with a warning, staged.
        ["a git repository with a report staged"] = workspace =>
        {
            workspace.Write("nosource.txt", RuleExamples.All["SPT008"].Failing);
            Git(workspace, "init", "-q");
            Git(workspace, "add", "nosource.txt");
        },
    };

    private static void Git(ReadmeWorkspace workspace, params string[] arguments)
    {
        var result = workspace.Run("git", arguments);
        Assert.That(result.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}: {result.Stderr}");
    }
}
