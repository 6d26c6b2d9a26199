using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using Spotlight.Tests.Readme;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Tests.Integrations;

/// <summary>
/// docs/ci.md (and the README's GitLab job): every block is run by a test; the GitLab job parses, its script runs
/// on reports and writes the artifacts it publishes; the shell recipe and the configuration shown do what they say.
/// </summary>
[Category("Integration")]
public sealed class CiSnippetTests
{
    [Test]
    public void Every_block_of_the_guide_is_run_by_a_test_that_exists()
    {
        var tests = typeof(CiSnippetTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods().Where(method => method.IsDefined(typeof(TestAttribute), false) || method.IsDefined(typeof(TestCaseAttribute), false))
                .Select(method => $"{type.Name}.{method.Name}"))
            .ToHashSet();
        var blocks = CiDocs.BlocksOf(CiDocs.Guide);
        Assert.That(blocks, Has.Length.EqualTo(5));
        foreach (var block in blocks)
        {
            Assert.That(block.Marker.RunBy, Is.Not.Null, $"{CiDocs.Guide} line {block.Line}: a block no test runs");
            Assert.That(tests, Does.Contain(block.Marker.RunBy), $"{CiDocs.Guide} line {block.Line}");
        }
    }

    private static IEnumerable<(string Name, ReadmeBlock Block)> GitLabJobs =>
        CiDocs.All.Where(doc => doc.Block.Language == "yaml" && CiDocs.Text(doc.Block).Contains("codequality:"));

    [Test]
    public void The_gitlab_job_runs_and_publishes_what_it_writes()
    {
        var jobs = GitLabJobs.ToList();
        Assert.That(jobs.Select(job => job.Name.Split(' ')[0]), Is.EquivalentTo(new[] { "README.md", CiDocs.Guide }));
        foreach (var (name, block) in jobs)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(CiDocs.Text(block)));
            var job = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children.Values.Single();
            Assert.That(job["image"].ToString(), Does.StartWith("mcr.microsoft.com/dotnet/sdk:10.0"), name);
            var variables = (YamlMappingNode)job["variables"];
            Assert.That((variables["SPOTLIGHT_REPOSITORY"].ToString(), variables["SPOTLIGHT_REV"].ToString()), Is.EqualTo((CiDocs.ProjectAddress, CiDocs.Rev)), name);
            var build = ((YamlSequenceNode)job["before_script"]).Select(line => line.ToString()).ToList();
            Assert.That(build.Single(line => line.StartsWith("dotnet publish ")), Does.Contain("/src/Spotlight.Cli "), name);
            Assert.That(Directory.Exists(Path.Combine(TestFiles.RepositoryRoot, "src", "Spotlight.Cli")), Is.True);

            var script = ((YamlSequenceNode)job["script"]).Select(line => line.ToString()).ToList();
            foreach (string line in script)
                Assert.That(ReadmeCommands.Options(line).Select(o => o.Option), Is.SubsetOf(ValidateOptions), $"{name}: {line}");
            var written = script.Select(line => Regex.Match(line, @" -o (?<file>\S+)")).Where(m => m.Success).Select(m => m.Groups["file"].Value).ToList();
            var artifacts = (YamlMappingNode)job["artifacts"];
            string codeQuality = artifacts["reports"]["codequality"].ToString();
            Assert.That(written, Does.Contain(codeQuality), name);
            Assert.That(((YamlSequenceNode)artifacts["paths"]).Select(p => p.ToString()), Is.EquivalentTo(written), $"{name}: every file written is kept");
            Assert.That(artifacts["when"].ToString(), Is.EqualTo("always"), $"{name}: the reports are kept when the job fails");

            using var workspace = new ReadmeWorkspace();
            ReadmeGivens.All["reports to validate"](workspace);
            var run = workspace.Run("bash", "-c", "set -e -o pipefail\n" + string.Join('\n', script.Select(ReadmeCommands.Rewrite)));
            Assert.That(run.ExitCode, Is.EqualTo(1), $"{name}: the draft's error fails the job\n{run.Stdout}{run.Stderr}");
            Assert.That(run.Stdout, Does.Contain("reports/drafts/damaged.txt:13:7: error SPT018:"), name);
            var issues = JsonNode.Parse(File.ReadAllText(Path.Combine(workspace.Work, codeQuality)))!.AsArray();
            Assert.That(issues.Select(i => $"{i!["location"]!["path"]} {i["severity"]} {i["check_name"]}"), Is.EqualTo(new[]
            {
                "reports/drafts/damaged.txt major SPT018",
                "reports/nosource.txt minor SPT008",
                "reports/seed.txt info SPT012",
            }), name);
            foreach (string sarif in written.Where(file => file.EndsWith(".sarif", StringComparison.Ordinal)))
                Assert.That(SarifSchema.Validate(File.ReadAllText(Path.Combine(workspace.Work, sarif))), Is.Empty, $"{name}: {sarif}");
        }
    }

    [Test]
    public void The_shell_recipe_fails_on_an_error_and_leaves_its_sarif_log()
    {
        var recipe = CiDocs.BlocksOf(CiDocs.Guide).Single(block => block.IsShell);
        Assert.That(recipe.Lines[0], Is.EqualTo("#!/bin/sh"));
        foreach (string line in recipe.Lines)
            Assert.That(ReadmeCommands.Options(line).Select(o => o.Option), Is.SubsetOf(ValidateOptions), line);
        using var workspace = new ReadmeWorkspace();
        ReadmeGivens.All["reports to validate"](workspace);
        string script = workspace.Script("validate-reports.sh", CiDocs.Text(recipe));
        var failing = workspace.Run(script);
        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.Stderr);
        Assert.That(failing.Stdout, Does.Contain("reports/drafts/damaged.txt:13:7: error SPT018:"));
        Assert.That(SarifSchema.Validate(File.ReadAllText(Path.Combine(workspace.Work, "spotlight.sarif"))), Is.Empty);

        File.Delete(Path.Combine(workspace.Work, "reports", "drafts", "damaged.txt"));
        var passing = workspace.Run(script);
        Assert.That(passing.ExitCode, Is.Zero, passing.Stderr);
        Assert.That(passing.Stderr, Does.Contain("checked 2 files: 0 errors, 1 warning, 1 info"));
    }

    [Test]
    public void The_configuration_shown_is_read_by_validate()
    {
        var shown = CiDocs.BlocksOf(CiDocs.Guide).Single(block => ReadmeExamples.FileName(block) == ".spotlight.yml");
        using var workspace = new ReadmeWorkspace();
        ReadmeGivens.All["reports to validate"](workspace);
        workspace.Write("reports/.spotlight.yml", CiDocs.Text(shown));
        var run = workspace.Run("spotlight", "validate", "reports/", "-r", "--max-warnings", "1");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stdout, Is.EqualTo("reports/seed.txt:18:1: warning SPT012: bullet glyphs are mixed: '►' after '- ▶'\n"));
        Assert.That(run.Stderr, Does.Contain("; 1 ignored"));
        Assert.That(workspace.Run("spotlight", "validate", "reports/", "-r", "--strict").ExitCode, Is.EqualTo(1));
    }

    private static readonly Lazy<HashSet<string>> Help = new(() =>
    {
        var help = Cli.CliRunner.Run(TestFiles.RepositoryRoot, "validate", "--help");
        return [.. Regex.Matches(help.Stdout, @"(?<![\w-])--?[\w-]+").Select(m => m.Value)];
    });

    private static HashSet<string> ValidateOptions => Help.Value;

    private static JsonSchema SarifSchema { get; } =
        JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();
}
