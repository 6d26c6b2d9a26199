using System.Diagnostics;
using System.Text.RegularExpressions;
using Spotlight.Tests.Cli;
using Spotlight.Tests.Validation;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Tests.Integrations;

/// <summary>
/// The hooks of <c>.pre-commit-hooks.yaml</c>, run by Debian's pre-commit in a repository of reports whose
/// <c>.pre-commit-config.yaml</c> names this working tree (its snapshot) as the hooks' repository: the tool is packed
/// and installed as pre-commit's dotnet language does it, once for the fixture, and each run's exit code and findings
/// are those of <c>spotlight validate</c> on the command line with the same options and files.
/// </summary>
[Category("Integration")]
[NonParallelizable]
public sealed partial class PreCommitHookTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private string _store = "";
    private string _repository = "";

    /// <summary>The hooks' environment is built once (dotnet pack and dotnet tool install): every test reuses it.</summary>
    [OneTimeSetUp]
    public void InstallTheHooks()
    {
        if (!ChildProcess.IsInstalled("pre-commit"))
            Assert.Fail("pre-commit is not installed: apt-get install pre-commit (.ci/run installs it when it is missing)");
        _store = IntegrationFolders.Make("pre-commit-home");
        MakeRepository();
        WriteConfig(Hook("spotlight-validate"), Hook("spotlight-validate-strict"));
        var clock = Stopwatch.StartNew();
        var install = PreCommit("install-hooks");
        Assert.That(install.ExitCode, Is.Zero, install.Output);
        TestContext.Progress.WriteLine($"pre-commit installed the spotlight hooks in {clock.Elapsed.TotalSeconds:F0} s");
    }

    [SetUp]
    public void MakeRepository()
    {
        _repository = IntegrationFolders.Make("reports");
        WorkingTreeSnapshot.Git(_repository, "init", "-q");
    }

    [Test]
    public void The_manifest_is_valid_for_pre_commit()
    {
        var result = PreCommit("validate-manifest", Path.Combine(TestFiles.RepositoryRoot, ".pre-commit-hooks.yaml"));
        Assert.That(result.ExitCode, Is.Zero, result.Output);
        var hooks = (YamlSequenceNode)Yaml(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, ".pre-commit-hooks.yaml")));
        Assert.That(hooks.Select(hook => $"{hook["id"]}: {hook["entry"]} ({hook["language"]})"), Is.EqualTo(new[]
        {
            "spotlight-validate: spotlight validate (dotnet)",
            "spotlight-validate-strict: spotlight validate --strict (dotnet)",
        }));
    }

    [Test]
    public void The_hook_passes_a_good_report_and_fails_naming_the_broken_ones_finding()
    {
        Copy(TestFiles.SeedPath, "good.txt");
        Write("broken.txt", RuleExamples.All["SPT018"].Failing);
        WriteConfig(Hook("spotlight-validate"));

        var good = RunHook("spotlight-validate", ["good.txt"]);
        Assert.That(good.Status, Is.EqualTo("Passed"), good.Output);

        Stage("broken.txt");
        var both = RunHook("spotlight-validate", ["broken.txt", "good.txt"]);
        Assert.That((both.Status, both.ExitCode), Is.EqualTo(("Failed", 1)), both.Output);
        Assert.That(both.Output, Does.Match(@"(?m)^broken\.txt:13:7: error SPT018: text is damaged by a wrong encoding"));
        Assert.That(both.Output, Does.Contain("good.txt:18:1: info SPT012:"));
    }

    [Test]
    public void Strict_fails_on_a_warning_as_on_the_command_line()
    {
        Write("nosource.txt", RuleExamples.All["SPT008"].Failing);
        WriteConfig(Hook("spotlight-validate"), Hook("spotlight-validate-strict"));
        var plain = RunHook("spotlight-validate", ["nosource.txt"]);
        var strict = RunHook("spotlight-validate-strict", ["nosource.txt"], "--strict");
        Assert.That((plain.Status, plain.ExitCode), Is.EqualTo(("Passed", 0)), plain.Output);
        Assert.That((strict.Status, strict.ExitCode), Is.EqualTo(("Failed", 1)), strict.Output);
        Assert.That(strict.Output, Does.Contain("nosource.txt:13:1: warning SPT008: item cites no source"));
    }

    [TestCase("0", 1)]
    [TestCase("1", 0)]
    public void Max_warnings_given_as_args_counts_as_on_the_command_line(string most, int exitCode)
    {
        Write("nosource.txt", RuleExamples.All["SPT008"].Failing);
        WriteConfig(Hook("spotlight-validate", "--max-warnings", most));
        var run = RunHook("spotlight-validate", ["nosource.txt"], "--max-warnings", most);
        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.Output);
    }

    [Test]
    public void A_spotlight_yml_in_the_repository_governs_the_hook_as_the_command_line()
    {
        Write("nosource.txt", RuleExamples.All["SPT008"].Failing);
        Write("drafts/damaged.txt", RuleExamples.All["SPT018"].Failing);
        Write(".spotlight.yml", "rules:\n  SPT008: off\nignore:\n  - drafts/**\n");
        WriteConfig(Hook("spotlight-validate-strict"));
        var run = RunHook("spotlight-validate-strict", ["drafts/damaged.txt", "nosource.txt"], "--strict");
        Assert.That((run.Status, run.ExitCode), Is.EqualTo(("Passed", 0)), run.Output);
        Assert.That(run.Output, Does.Contain("checked 1 file: 0 errors, 0 warnings, 0 info; 1 ignored"));

        Write(".spotlight.yml", "rules:\n  SPT099: off\n");
        var bad = RunHook("spotlight-validate-strict", ["drafts/damaged.txt", "nosource.txt"], "--strict");
        Assert.That((bad.Status, bad.ExitCode), Is.EqualTo(("Failed", 2)), bad.Output);
    }

    [Test]
    public void Only_reports_are_passed_to_the_hook()
    {
        Write("notes.md", "# notes\n");
        Write("data.yaml", "a: 1\n");
        WriteConfig(Hook("spotlight-validate"));
        Stage("notes.md", "data.yaml", ".pre-commit-config.yaml");
        var none = PreCommit("run", "--all-files", "--color", "never");
        Assert.That(none.ExitCode, Is.Zero, none.Output);
        Assert.That(none.Output, Does.Contain("(no files to check)Skipped"));

        Copy(TestFiles.SeedPath, "REPORT.TXT");
        File.WriteAllText(Path.Combine(_repository, "page.HTM"), File.ReadAllText(Path.Combine(TestFiles.Samples, "001_bullets_highlights.html")));
        var reports = RunHook("spotlight-validate", ["REPORT.TXT", "page.HTM"]);
        Assert.That(reports.Output, Does.Contain("REPORT.TXT:18:1: info SPT012").And.Contain("checked 2 files"));
    }

    /// <summary>The configuration README.md and docs/ci.md show, with this tree in place of the project's address.</summary>
    [Test]
    public void The_configuration_the_readme_and_docs_show_runs_with_this_tree_as_its_repository()
    {
        var shown = CiDocs.All
            .Where(doc => doc.Block.Language == "yaml" && doc.Block.Lines.Any(line => line.StartsWith("repos:", StringComparison.Ordinal)))
            .ToList();
        Assert.That(shown, Has.Count.EqualTo(2), "one configuration in each");
        Copy(TestFiles.SeedPath, "reports/good.txt");
        Write("reports/broken.txt", RuleExamples.All["SPT018"].Failing);
        foreach (var (name, block) in shown)
        {
            string config = CiDocs.Text(block);
            Assert.That(config, Does.Contain($"repo: {CiDocs.ProjectAddress}").And.Contain($"rev: {CiDocs.Rev}"), name);
            File.WriteAllText(Path.Combine(_repository, ".pre-commit-config.yaml"), config
                .Replace($"repo: {CiDocs.ProjectAddress}", $"repo: {WorkingTreeSnapshot.Path}")
                .Replace($"rev: {CiDocs.Rev}", $"rev: {WorkingTreeSnapshot.Commit}"));
            Stage(".");
            var run = PreCommit("run", "--all-files", "--color", "never");
            Assert.That(run.ExitCode, Is.EqualTo(1), $"{name}\n{run.Output}");
            Assert.That(run.Output, Does.Match(@"(?m)^reports/broken\.txt:13:7: error SPT018: "), name);
        }
    }

    private sealed record HookRun(string Status, int ExitCode, string Output);

    /// <summary>
    /// Runs one hook on every staged file and the command line the hook stands for on the same files; their exit
    /// codes and findings must agree (pre-commit shows a hook's output, the command line's stdout then stderr).
    /// </summary>
    private HookRun RunHook(string hook, string[] files, params string[] options)
    {
        Stage([.. files, ".pre-commit-config.yaml"]);
        var run = PreCommit("run", hook, "--all-files", "--verbose", "--color", "never");
        var summary = HookLine().Match(run.Output);
        Assert.That(summary.Success, Is.True, $"no summary line for {hook}:\n{run.Output}");
        string status = summary.Groups["status"].Value;
        int code = ExitCodeLine().Match(run.Output) is { Success: true } m ? int.Parse(m.Groups["code"].Value) : 0;
        Assert.That(run.ExitCode, Is.EqualTo(code == 0 ? 0 : 1), run.Output);

        var cli = CliRunner.Run(_repository, ["validate", .. options, .. files]);
        Assert.That(code, Is.EqualTo(cli.ExitCode), $"the hook exited {code}, the command line {cli.ExitCode}\n{run.Output}\n{cli.Stderr}");
        foreach (string line in (cli.Stdout + cli.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.That(run.Output, Does.Contain(line.TrimEnd('\r')), "the hook's output lacks a line the command line printed");
        return new HookRun(status, code, run.Output);
    }

    [GeneratedRegex(@"(?m)^spotlight validate[^\n]*?\.+(?<status>Passed|Failed|Skipped)$")]
    private static partial Regex HookLine();

    [GeneratedRegex(@"(?m)^- exit code: (?<code>\d+)$")]
    private static partial Regex ExitCodeLine();

    private static string Hook(string id, params string[] args) =>
        $"      - id: {id}\n" + (args.Length == 0 ? "" : $"        args: [{string.Join(", ", args.Select(a => $"'{a}'"))}]\n");

    private void WriteConfig(params string[] hooks) => File.WriteAllText(Path.Combine(_repository, ".pre-commit-config.yaml"),
        $"repos:\n  - repo: {WorkingTreeSnapshot.Path}\n    rev: {WorkingTreeSnapshot.Commit}\n    hooks:\n{string.Concat(hooks)}");

    private void Write(string relativePath, string text)
    {
        string path = Path.Combine(_repository, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Copy(string from, string relativePath) => Write(relativePath, File.ReadAllText(from));

    private void Stage(params string[] paths) => WorkingTreeSnapshot.Git(_repository, ["add", "--", .. paths]);

    private ChildProcess.Result PreCommit(params string[] arguments) =>
        ChildProcess.Run("pre-commit", _repository, new Dictionary<string, string?>(WorkingTreeSnapshot.GitEnvironment)
        {
            ["PRE_COMMIT_HOME"] = _store,
            ["NO_COLOR"] = "1",
            // The hooks' output is compared with the command line's, which a terminal's width or colour would not change.
            ["TERM"] = null,
        }, Patience, arguments);

    private static YamlNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }
}
