using System.Text.Json.Nodes;
using Spotlight.Tests.Validation;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>spotlight validate as CI runs it: findings, configuration files, formats and exit codes.</summary>
public sealed class ValidateCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeReports()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-validate-").FullName;
        Directory.CreateDirectory(Path.Combine(_dir, "reports", "drafts"));
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "reports", "seed.txt"));
        File.WriteAllText(Path.Combine(_dir, "reports", "nosource.txt"), RuleExamples.All["SPT008"].Failing);
        File.WriteAllText(Path.Combine(_dir, "reports", "drafts", "damaged.txt"), RuleExamples.All["SPT018"].Failing);
    }

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_dir, args);

    [Test]
    public void The_seed_validates_with_exit_0()
    {
        var result = Run("validate", "reports/seed.txt");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stdout, Is.EqualTo("reports/seed.txt:18:1: info SPT012: bullet glyphs are mixed: '►' after '- ▶'\n"));
        Assert.That(result.Stderr, Is.EqualTo("checked 1 file: 0 errors, 0 warnings, 1 info" + Environment.NewLine));
    }

    [Test]
    public void Warnings_pass_unless_strict_or_above_the_maximum()
    {
        Assert.That(Run("validate", "reports/nosource.txt").ExitCode, Is.Zero);
        Assert.That(Run("validate", "reports/nosource.txt", "--strict").ExitCode, Is.EqualTo(1));
        Assert.That(Run("validate", "reports/nosource.txt", "--max-warnings", "0").ExitCode, Is.EqualTo(1));
        Assert.That(Run("validate", "reports/nosource.txt", "--max-warnings", "1").ExitCode, Is.Zero);
        var text = Run("validate", "reports/nosource.txt");
        Assert.That(text.Stdout, Is.EqualTo("reports/nosource.txt:13:1: warning SPT008: item cites no source\n"));
    }

    [Test]
    public void A_code_quality_report_names_every_finding_and_leaves_the_exit_code_as_text_does()
    {
        var text = Run("validate", "reports/", "-r", "-q");
        var quality = Run("validate", "reports/", "-r", "-q", "-f", "codequality");
        Assert.That((text.ExitCode, quality.ExitCode), Is.EqualTo((1, 1)), "the damaged draft is an error");
        var issues = JsonNode.Parse(quality.Stdout)!.AsArray();
        Assert.That(issues.Select(i => $"{i!["location"]!["path"]}:{i["location"]!["lines"]!["begin"]}: {i["severity"]} {i["check_name"]}"), Is.EqualTo(new[]
        {
            "reports/drafts/damaged.txt:13: major SPT018",
            "reports/nosource.txt:13: minor SPT008",
            "reports/seed.txt:18: info SPT012",
        }));
        Assert.That(Run("validate", "reports/nosource.txt", "-f", "codequality", "--strict").ExitCode, Is.EqualTo(1));
        Assert.That(Run("validate", "reports/nosource.txt", "-f", "codequality").ExitCode, Is.Zero);
    }

    [Test]
    public void Web_pages_and_pdfs_are_reported_where_their_user_looks()
    {
        File.WriteAllText(Path.Combine(_dir, "reports", "page.html"), Spotlight.Tests.Reading.InputPositionTests.Page);
        File.WriteAllBytes(Path.Combine(_dir, "reports", "paged.pdf"), Spotlight.Tests.Reading.TwoPagePdf.Build());
        var text = Run("validate", "reports/page.html", "reports/paged.pdf");
        Assert.That(text.Stdout, Is.EqualTo("reports/page.html:14:1: warning SPT005: no summary block\n"
            + "reports/page.html:17:3: warning SPT008: item cites no source\n"
            + "reports/paged.pdf: page 1, line 4, column 1: warning SPT005: no summary block\n"
            + "reports/paged.pdf: page 2, line 2, column 1: warning SPT008: item cites no source\n"));
        var github = Run("validate", "reports/page.html", "reports/paged.pdf", "-f", "github");
        Assert.That(github.Stdout.Split('\n').Where(l => l.Contains("SPT008")), Is.EqualTo(new[]
        {
            "::warning file=reports/page.html,line=17,col=3,title=SPT008::item cites no source",
            "::warning file=reports/paged.pdf,title=SPT008::page 2, line 2: item cites no source",
        }));
    }

    [Test]
    public void A_report_not_in_utf8_is_reported_where_its_first_odd_byte_stands()
    {
        byte[] seed = File.ReadAllBytes(TestFiles.SeedPath);
        // The seed with its first ’ (three bytes in UTF-8) saved as Windows-1252 writes it, and every other non-ASCII character dropped.
        var latin = new List<byte>();
        for (int i = 0; i < seed.Length; i++)
        {
            if (seed[i] < 0x80) latin.Add(seed[i]);
            else if (seed.AsSpan(i).StartsWith("’"u8) && !latin.Contains(0x92)) { latin.Add(0x92); i += 2; }
        }
        File.WriteAllBytes(Path.Combine(_dir, "reports", "latin.txt"), [.. latin]);
        int offset = latin.IndexOf(0x92);
        int line = latin.Take(offset).Count(b => b == '\n') + 1;
        int column = offset - latin.Take(offset).ToList().LastIndexOf((byte)'\n');

        var result = Run("validate", "reports/latin.txt");
        Assert.That(result.Stdout, Does.Contain($"reports/latin.txt:{line}:{column}: warning SPT024: not UTF-8: read as Windows-1252: byte 0x92 at offset {offset}\n"));
    }

    [Test]
    public void Errors_fail_and_every_file_of_a_folder_is_checked()
    {
        var result = Run("validate", "reports", "-r", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]),
            Is.EqualTo(new[] { "reports/drafts/damaged.txt:13:7", "reports/nosource.txt:13:1", "reports/seed.txt:18:1" }));
        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public void A_configuration_beside_the_reports_turns_rules_off_and_ignores_paths()
    {
        File.WriteAllText(Path.Combine(_dir, "reports", ".spotlight.yml"), "rules:\n  SPT008: off\n  SPT012: off\nignore:\n  - drafts/**\n");
        var result = Run("validate", "reports", "-r", "--strict");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "")));
        Assert.That(result.Stderr, Is.EqualTo("checked 2 files: 0 errors, 0 warnings, 0 info; 1 ignored" + Environment.NewLine));
    }

    [Test]
    public void A_configuration_named_on_the_command_line_wins()
    {
        File.WriteAllText(Path.Combine(_dir, "reports", ".spotlight.yml"), "rules:\n  SPT008: off\n");
        File.WriteAllText(Path.Combine(_dir, "ci.yml"), "rules:\n  SPT008: error\n");
        var result = Run("validate", "reports/nosource.txt", "--config", "ci.yml");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stdout, Does.Contain("error SPT008"));
    }

    [Test]
    public void An_unknown_rule_in_the_configuration_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_dir, "reports", ".spotlight.yml"), "rules:\n  SPT999: off\n");
        var result = Run("validate", "reports/seed.txt");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, "")));
        Assert.That(result.Stderr, Is.EqualTo($"spotlight: {Path.Combine(_dir, "reports", ".spotlight.yml")}: line 2: unknown rule 'SPT999' "
            + "(name a rule by its ID, such as SPT008, or by its name, such as no-source; docs/rules.md lists them)" + Environment.NewLine));
    }

    [Test]
    public void Sarif_and_github_formats()
    {
        var sarif = Run("validate", "reports", "-r", "-f", "sarif", "-o", "spotlight.sarif", "-q");
        Assert.That(sarif.ExitCode, Is.EqualTo(1));
        var log = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "spotlight.sarif")))!;
        Assert.That(log["runs"]![0]!["results"]!.AsArray().Select(r => r!["ruleId"]!.GetValue<string>()), Is.EqualTo(new[] { "SPT018", "SPT008", "SPT012" }));

        var github = Run("validate", "reports/nosource.txt", "-f", "github", "-q");
        Assert.That(github.Stdout, Is.EqualTo("::warning file=reports/nosource.txt,line=13,col=1,title=SPT008::item cites no source\n"));
    }

    [Test]
    public void An_unreadable_input_is_named_and_fails_the_run()
    {
        var result = Run("validate", "reports/seed.txt", "missing.txt", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: missing.txt: no such file" + Environment.NewLine));
    }

    [TestCase("--format", "xml")]
    [TestCase("--max-warnings", "-1")]
    [TestCase("--bogus")]
    public void A_wrong_command_line_exits_2(params string[] options)
    {
        Assert.That(Run(["validate", "reports/seed.txt", .. options]).ExitCode, Is.EqualTo(2));
    }
}
