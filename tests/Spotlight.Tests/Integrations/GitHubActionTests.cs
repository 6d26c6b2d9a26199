using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using Spotlight.Tests.Cli;
using Spotlight.Tests.Validation;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Tests.Integrations;

/// <summary>
/// <c>action.yml</c>: its metadata holds together as GitHub requires, its inputs reach the scripts only through
/// <c>env:</c>, and its steps, run as a runner runs them (<see cref="ActionRunner"/>), build spotlight from the
/// action's source (this working tree's snapshot) and validate reports with the exit codes of the command line.
/// </summary>
[Category("Integration")]
[NonParallelizable]
public sealed class GitHubActionTests
{
    private static readonly YamlMappingNode Action = ActionRunner.Action(TestFiles.RepositoryRoot);

    private string _workspace = "";
    private ActionRunner _runner = null!;
    private ActionRunner.Run _built = null!;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _installed = null!;

    /// <summary>The whole action once, building the tool as a workflow's first run would; the other runs start at the validate step.</summary>
    [OneTimeSetUp]
    public void RunTheAction()
    {
        _workspace = IntegrationFolders.Make("workspace");
        Directory.CreateDirectory(Path.Combine(_workspace, "samples"));
        foreach (string sample in Directory.GetFiles(TestFiles.Samples))
            File.Copy(sample, Path.Combine(_workspace, "samples", Path.GetFileName(sample)));
        _runner = new ActionRunner(WorkingTreeSnapshot.Path, _workspace, IntegrationFolders.Make("runner-temp"));
        var clock = Stopwatch.StartNew();
        _built = _runner.Execute(new Dictionary<string, string> { ["paths"] = "samples", ["sarif-file"] = "spotlight.sarif" });
        TestContext.Progress.WriteLine($"the action built spotlight and validated the samples in {clock.Elapsed.TotalSeconds:F0} s");
        Assert.That(_built.StepsRun, Is.EqualTo(new[] { "install", "validate" }), _built.Log);
        _installed = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["install"] = new Dictionary<string, string> { ["spotlight"] = Path.Combine(_runner.RunnerTemp, "spotlight-tool", "spotlight") },
        };
    }

    private static IEnumerable<string> Expressions(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ActionRunner.Expression().Matches(scalar.Value ?? "").Select(m => m.Groups["expression"].Value),
        YamlMappingNode mapping => mapping.Children.SelectMany(p => Expressions(p.Value)),
        YamlSequenceNode sequence => sequence.SelectMany(Expressions),
        _ => [],
    };

    private static IEnumerable<string> Declared(string section) =>
        ((YamlMappingNode)Action[section]).Children.Keys.Select(key => key.ToString());

    [Test]
    public void Every_input_used_is_declared_and_every_input_declared_is_used()
    {
        var used = Expressions(Action["runs"]).Concat(Expressions(Action["outputs"]))
            .Select(e => Regex.Match(e, @"^inputs\.(?<name>[\w-]+)$")).Where(m => m.Success).Select(m => m.Groups["name"].Value).ToHashSet();
        Assert.That(used, Is.EquivalentTo(Declared("inputs")));
        Assert.That(Declared("inputs"), Is.EquivalentTo(new[] { "paths", "strict", "config", "format", "max-warnings", "sarif-file", "version", "dotnet-version" }));
    }

    [Test]
    public void Every_input_and_output_is_described_and_inputs_have_defaults()
    {
        foreach (var (name, node) in ((YamlMappingNode)Action["inputs"]).Children)
        {
            var input = (YamlMappingNode)node;
            Assert.That(input["description"].ToString(), Is.Not.Empty, $"input {name}");
            Assert.That(input.Children.ContainsKey("default"), Is.True, $"input {name}: a default, so that a workflow may leave it out");
        }
        var output = (YamlMappingNode)Action["outputs"]["exit-code"];
        Assert.That(output["description"].ToString(), Is.Not.Empty);
        Assert.That(output["value"].ToString(), Is.EqualTo("${{ steps.validate.outputs.exit-code }}"));
        Assert.That(ActionRunner.Steps(Action).Select(step => step.Children.TryGetValue("id", out var id) ? id.ToString() : null), Does.Contain("validate"));
    }

    [Test]
    public void Every_run_step_has_a_shell_and_reads_inputs_only_from_its_environment()
    {
        var runs = ActionRunner.Steps(Action).Where(step => step.Children.ContainsKey("run")).ToList();
        Assert.That(runs, Has.Count.EqualTo(2));
        foreach (var step in runs)
        {
            Assert.That(step["shell"].ToString(), Is.EqualTo("bash"), step["name"].ToString());
            Assert.That(step["run"].ToString(), Does.Not.Contain("${{"), $"{step["name"]}: an expression in run: is spliced into the script (script injection)");
        }
        var uses = ActionRunner.Steps(Action).Where(step => step.Children.ContainsKey("uses")).Select(step => step["uses"].ToString());
        Assert.That(uses, Is.EqualTo(new[] { "actions/setup-dotnet@v4" }));
        Assert.That(Action["runs"]["using"].ToString(), Is.EqualTo("composite"));
    }

    [Test]
    public void The_action_builds_spotlight_from_its_source_and_annotates_as_the_command_line_does()
    {
        Assert.That((_built.ExitCode, _built.Outputs["exit-code"]), Is.EqualTo((0, "0")), _built.Log);
        var cli = CliRunner.Run(_workspace, "validate", "-r", "-f", "github", "samples");
        var annotations = cli.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(annotations, Has.Length.GreaterThan(5));
        Assert.That(annotations, Has.Some.StartsWith("::warning file=samples/001_bullets_highlights.pdf,title=SPT026::page 2, line 42:"));
        foreach (string line in annotations)
            Assert.That(_built.Log, Does.Contain(line));

        string sarif = File.ReadAllText(Path.Combine(_workspace, "spotlight.sarif"));
        var schema = JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();
        Assert.That(schema.Validate(sarif).Select(e => e.ToString()), Is.Empty);
        Assert.That(JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray(), Has.Count.EqualTo(annotations.Length));
    }

    [TestCase("true", "", 1)]
    [TestCase("false", "", 0)]
    [TestCase("false", "0", 1)]
    [TestCase("false", "100", 0)]
    public void Strict_and_max_warnings_fail_the_step_as_on_the_command_line(string strict, string maxWarnings, int exitCode)
    {
        var run = Validate(new() { ["paths"] = "samples", ["strict"] = strict, ["max-warnings"] = maxWarnings });
        Assert.That((run.ExitCode, run.Outputs["exit-code"]), Is.EqualTo((exitCode, exitCode.ToString())), run.Log);
        var options = new List<string> { "validate", "-r", "samples" };
        if (strict == "true") options.Add("--strict");
        if (maxWarnings.Length > 0) options.AddRange(["--max-warnings", maxWarnings]);
        Assert.That(CliRunner.Run(_workspace, [.. options]).ExitCode, Is.EqualTo(exitCode));
    }

    [Test]
    public void A_config_input_is_the_configuration_and_a_bad_one_exits_2()
    {
        File.WriteAllText(Path.Combine(_workspace, "drafts-only.yml"), "ignore:\n  - samples/**\n");
        var ignored = Validate(new() { ["paths"] = "samples", ["strict"] = "true", ["config"] = "drafts-only.yml", ["format"] = "text" });
        Assert.That(ignored.ExitCode, Is.Zero, ignored.Log);
        Assert.That(ignored.Log, Does.Contain("checked 0 files: 0 errors, 0 warnings, 0 info; 22 ignored"));

        File.WriteAllText(Path.Combine(_workspace, "bad.yml"), "rules:\n  SPT099: off\n");
        var bad = Validate(new() { ["paths"] = "samples", ["config"] = "bad.yml" });
        Assert.That((bad.ExitCode, bad.Outputs["exit-code"]), Is.EqualTo((2, "2")), bad.Log);
    }

    [Test]
    public void Paths_are_split_at_white_space_and_their_patterns_expanded()
    {
        var run = Validate(new() { ["paths"] = "samples/001_*.txt\n  samples/002_new_year_topics.txt", ["format"] = "text" });
        Assert.That(run.ExitCode, Is.Zero, run.Log);
        Assert.That(run.Log, Does.Contain("checked 2 files:"));
        var cli = CliRunner.Run(_workspace, "validate", "samples/001_bullets_highlights.txt", "samples/002_new_year_topics.txt");
        Assert.That(run.Log, Does.StartWith(cli.Stdout + cli.Stderr));
    }

    [Test]
    public void An_input_holding_shell_syntax_is_a_path_and_nothing_more()
    {
        var run = Validate(new() { ["paths"] = "samples/x$(touch injected).txt;touch also-injected", ["config"] = "`touch third`" });
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Log);
        foreach (string name in new[] { "injected", "also-injected", "third" })
            Assert.That(File.Exists(Path.Combine(_workspace, name)), Is.False, name);
    }

    [Test]
    public void A_strict_that_is_neither_true_nor_false_is_refused()
    {
        var run = Validate(new() { ["paths"] = "samples", ["strict"] = "yes" });
        Assert.That((run.ExitCode, run.Outputs["exit-code"]), Is.EqualTo((2, "2")));
        Assert.That(run.Log, Does.Contain("::error title=spotlight::strict is 'yes'; it takes true or false"));
    }

    [Test]
    public void A_version_installs_that_package_of_the_tool_from_the_jobs_nuget_sources()
    {
        string packages = IntegrationFolders.Make("packages");
        string configuration = typeof(GitHubActionTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var pack = ChildProcess.Run("dotnet", TestFiles.RepositoryRoot, null, TimeSpan.FromMinutes(5),
            "pack", Path.Combine("src", "Spotlight.Cli"), "-c", configuration, "--no-build", "-o", packages);
        Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        string version = Regex.Match(Path.GetFileName(Directory.GetFiles(packages, "spotlight.*.nupkg").Single()), @"^spotlight\.(?<v>.+)\.nupkg$").Groups["v"].Value;

        string workspace = IntegrationFolders.Make("workspace-package");
        File.Copy(TestFiles.SeedPath, Path.Combine(workspace, "seed.txt"));
        File.WriteAllText(Path.Combine(workspace, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="team" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var run = new ActionRunner(WorkingTreeSnapshot.Path, workspace, IntegrationFolders.Make("runner-temp"))
            .Execute(new Dictionary<string, string> { ["paths"] = "seed.txt", ["version"] = version, ["format"] = "text" });
        Assert.That(run.ExitCode, Is.Zero, run.Log);
        Assert.That(run.Log, Does.Contain($"was successfully installed").And.Contain("seed.txt:18:1: info SPT012"));
    }

    /// <summary>The workflows README.md and docs/ci.md show: each uses the action with inputs it declares, and its steps run with them.</summary>
    [Test]
    public void The_workflows_the_readme_and_docs_show_run_the_action_with_inputs_it_declares()
    {
        var workflows = CiDocs.All.Where(doc => doc.Block.Language == "yaml" && CiDocs.Text(doc.Block).Contains($"uses: {CiDocs.ActionName}@")).ToList();
        Assert.That(workflows.Select(w => w.Name.Split(' ')[0]), Is.EquivalentTo(new[] { "README.md", CiDocs.Guide }));
        string reports = IntegrationFolders.Make("workspace-reports");
        Directory.CreateDirectory(Path.Combine(reports, "reports", "drafts"));
        File.Copy(TestFiles.SeedPath, Path.Combine(reports, "reports", "seed.txt"));
        File.WriteAllText(Path.Combine(reports, "reports", "nosource.txt"), RuleExamples.All["SPT008"].Failing);
        File.WriteAllText(Path.Combine(reports, "reports", "drafts", "damaged.txt"), RuleExamples.All["SPT018"].Failing);
        foreach (var (name, block) in workflows)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(CiDocs.Text(block)));
            var steps = ((YamlSequenceNode)stream.Documents[0].RootNode["jobs"].AllNodes.OfType<YamlMappingNode>()
                .First(node => node.Children.ContainsKey("steps"))["steps"]).Cast<YamlMappingNode>().ToList();
            var action = steps.Single(step => step.Children.TryGetValue("uses", out var uses) && uses.ToString() == $"{CiDocs.ActionName}@{CiDocs.Rev}");
            var with = ((YamlMappingNode)action["with"]).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
            Assert.That(with.Keys, Is.SubsetOf(Declared("inputs")), name);
            var upload = steps.Single(step => step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("github/codeql-action/upload-sarif@"));
            Assert.That(upload["with"]["sarif_file"].ToString(), Is.EqualTo(with["sarif-file"]), $"{name}: the SARIF uploaded is the one the action writes");

            var run = new ActionRunner(WorkingTreeSnapshot.Path, reports, _runner.RunnerTemp).Execute(with, from: "validate", earlier: _installed);
            Assert.That((run.ExitCode, run.Outputs["exit-code"]), Is.EqualTo((1, "1")), $"{name}: the draft has an error\n{run.Log}");
            Assert.That(run.Log, Does.Contain("::error file=reports/drafts/damaged.txt,line=13,col=7,title=SPT018::"), name);
            Assert.That(File.Exists(Path.Combine(reports, with["sarif-file"])), Is.True, name);
        }
    }

    private ActionRunner.Run Validate(Dictionary<string, string> inputs) => _runner.Execute(inputs, from: "validate", earlier: _installed);
}
