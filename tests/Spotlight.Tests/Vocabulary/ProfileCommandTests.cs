using System.Text.Json;
using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Vocabulary;

/// <summary><c>--profile NAME|FILE.yml</c> on parse and validate, end to end, and the tree's <c>report.profile</c>.</summary>
public sealed class ProfileCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeWorkingDirectory()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-profile-").FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "seed.txt"));
        File.Copy(Path.Combine(TestFiles.Samples, "011_jihad_arena_dashes.txt"), Path.Combine(_dir, "jihad.txt"));
    }

    [TearDown]
    public void RemoveWorkingDirectory() => Directory.Delete(_dir, recursive: true);

    private static JsonElement Report(string stdout) => JsonDocument.Parse(stdout).RootElement.GetProperty("report");

    private static string[] SectionIds(JsonElement report) =>
        [.. report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    [Test]
    public void The_tree_names_the_profile_right_after_the_series()
    {
        var result = CliRunner.Run(_dir, "parse", "jihad.txt");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        var keys = Report(result.Stdout).EnumerateObject().Select(p => p.Name).Take(3);
        Assert.That(keys, Is.EqualTo(new[] { "series", "profile", "period" }));
        Assert.That(Report(result.Stdout).GetProperty("profile").GetString(), Is.EqualTo("spotlight-on-global-jihad"));

        var yaml = CliRunner.Run(_dir, "parse", "seed.txt", "-f", "yaml");
        Assert.That(yaml.Stdout, Does.Contain("  series: Spotlight on Iran\n  profile: spotlight-on-iran\n  period:\n"));
        var ndjson = CliRunner.Run(_dir, "parse", "seed.txt", "-f", "ndjson");
        Assert.That(ndjson.Stdout, Does.Contain("\"series\":\"Spotlight on Iran\",\"profile\":\"spotlight-on-iran\","));
    }

    [Test]
    public void The_schema_requires_the_profile()
    {
        var result = CliRunner.Run(_dir, "schema");
        var report = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("definitions").GetProperty("tree")
            .GetProperty("properties").GetProperty("report");
        Assert.That(report.GetProperty("properties").GetProperty("profile").GetProperty("type").GetString(), Is.EqualTo("string"));
        Assert.That(report.GetProperty("required").EnumerateArray().Select(e => e.GetString()), Does.Contain("profile"));
    }

    [TestCase("spotlight-on-iran")]
    [TestCase("Spotlight on Iran")]
    public void A_built_in_profile_is_forced_by_name(string name)
    {
        var result = CliRunner.Run(_dir, "parse", "jihad.txt", "--profile", name);
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var report = Report(result.Stdout);
        Assert.That(report.GetProperty("profile").GetString(), Is.EqualTo("spotlight-on-iran"));
        Assert.That(SectionIds(report), Does.Contain("the-sinai-peninsula"), "a heading the Iran tables do not know");
    }

    [Test]
    public void A_profile_file_reads_a_new_series()
    {
        File.WriteAllText(Path.Combine(_dir, "arctic.yml"), """
            name: spotlight-on-the-arctic
            titles: [Spotlight on the Arctic]
            summaryLabels: [Polar digest]
            arenas: [{name: Svalbard, id: svalbard, region: Svalbard}]
            """);
        File.WriteAllText(Path.Combine(_dir, "arctic.txt"),
            "Spotlight on the Arctic (June 2-8, 2031)\nAuthor: Dr. Ada Frost\n\nPolar digest\n\n• The route opened early.\n\nSvalbard\n\n• A station reopened.\n");
        var result = CliRunner.Run(_dir, "parse", "arctic.txt", "--profile", "arctic.yml");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var report = Report(result.Stdout);
        Assert.That(report.GetProperty("profile").GetString(), Is.EqualTo("spotlight-on-the-arctic"));
        Assert.That(SectionIds(report), Is.EqualTo(new[] { "overview", "svalbard" }));
        Assert.That(report.GetProperty("sections")[0].GetProperty("heading").GetString(), Is.EqualTo("Polar digest"));
    }

    [Test]
    public void Outlets_are_added_to_the_chosen_profile()
    {
        File.WriteAllText(Path.Combine(_dir, "outlets.yml"), "Amaq Agency English: [Amaq]\n");
        var result = CliRunner.Run(_dir, "parse", "jihad.txt", "--outlets", "outlets.yml");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var report = Report(result.Stdout);
        Assert.That(report.GetProperty("profile").GetString(), Is.EqualTo("spotlight-on-global-jihad"));
        var first = report.GetProperty("sections")[0].GetProperty("items")[0].GetProperty("sources")[0];
        Assert.That(first.GetProperty("outlet").GetString(), Is.EqualTo("Amaq Agency English"));
    }

    [TestCase("name: x\nsummary: [A]\n", "spotlight: bad.yml: line 2: unknown key 'summary' (known: name, base, titles, summaryLabels, headingPrefixes, arenas, outlets, honorifics, authorRoles, mediaWords, months)")]
    [TestCase("name: x\ntitles: {a: b}\n", "spotlight: bad.yml: line 2: titles must be a string or a list of strings")]
    [TestCase("name: x\nbase: spotlight-on-mars\n", "spotlight: bad.yml: line 2: unknown base profile 'spotlight-on-mars' (built-in: spotlight-on-iran, spotlight-on-global-jihad)")]
    [TestCase("name: [x\n", "spotlight: bad.yml: line 2: ")]
    [TestCase(null, "spotlight: bad.yml: no such file")]
    public void A_bad_profile_file_is_one_line_and_exit_2(string? yaml, string message)
    {
        if (yaml is not null)
            File.WriteAllText(Path.Combine(_dir, "bad.yml"), yaml);
        foreach (string command in new[] { "parse", "validate" })
        {
            var result = CliRunner.Run(_dir, command, "seed.txt", "--profile", "bad.yml");
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, "")), command);
            Assert.That(result.Stderr, Does.StartWith(message).And.EndWith(Environment.NewLine), command);
            Assert.That(result.Stderr.TrimEnd('\n', '\r'), Does.Not.Contain('\n'), command);
        }
    }

    [Test]
    public void An_unknown_profile_name_is_exit_2()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "--profile", "spotlight-on-mars");
        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((2, "",
            "spotlight: --profile: no built-in profile 'spotlight-on-mars' (built-in: spotlight-on-iran, spotlight-on-global-jihad), and no such file"
            + Environment.NewLine)));
    }

    [Test]
    public void Validate_checks_headings_against_the_profile()
    {
        var own = CliRunner.Run(_dir, "validate", "jihad.txt");
        Assert.That(own.Stdout, Does.Not.Contain("SPT010"), "the jihad profile knows every heading");
        var forced = CliRunner.Run(_dir, "validate", "jihad.txt", "--profile", "spotlight-on-iran");
        Assert.That(forced.Stdout, Does.Contain("info SPT010: unknown section heading: The Sinai Peninsula"));
    }

    [Test]
    public void Help_documents_the_option_with_an_example()
    {
        var result = CliRunner.Run(_dir, "parse", "--help");
        Assert.That(result.Stdout, Does.Contain("--profile <NAME|FILE.yml>").And.Contain("spotlight parse jihad.txt --profile spotlight-on-global-jihad"));
        Assert.That(CliRunner.Run(_dir, "validate", "--help").Stdout, Does.Contain("--profile <NAME|FILE.yml>"));
    }
}
