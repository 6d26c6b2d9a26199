using System.Text.Json.Nodes;
using Spotlight.Tests.Writing;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// The output format chosen by --format, else by the extension of -o, else the default; a --format the extension
/// contradicts, or one no writer has, is a usage error. The choices and their help come from the writer tables.
/// </summary>
public sealed class FormatByExtensionTests
{
    private string _dir = null!;

    [SetUp]
    public void CopySeed()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-extension-").FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "seed.txt"));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_dir, args);

    private string Written(string name) => File.ReadAllText(Path.Combine(_dir, name));

    [Test]
    public void Out_csv_writes_csv()
    {
        var result = Run("parse", "seed.txt", "-o", "out.csv");
        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, "", "")));
        var (header, rows) = CsvReadBack.Table(Written("out.csv"));
        Assert.That(header, Is.EqualTo(new[]
        {
            "file", "series", "period_start", "period_end", "section_id", "section_heading", "region", "id", "kind",
            "line_start", "line_end", "text", "dates", "sources",
        }));
        Assert.That(rows, Has.Count.EqualTo(20 + 5), "the seed's items and figures, a row each");
    }

    [Test]
    public void Out_csv_takes_the_csv_options_without_f()
    {
        var result = Run("parse", "seed.txt", "-o", "sources.CSV", "--table", "sources");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(CsvReadBack.Table(Written("sources.CSV")).Header[..3], Is.EqualTo(new[] { "file", "section_id", "id" }));
    }

    [TestCase("out.yaml")]
    [TestCase("out.yml")]
    public void Out_yaml_writes_yaml(string name)
    {
        Assert.That(Run("parse", "seed.txt", "-o", name).ExitCode, Is.Zero);
        var tree = YamlReadBack.Documents(Written(name)).Single()!;
        Assert.That(tree["input"]!["path"]!.GetValue<string>(), Is.EqualTo("seed.txt"));
        Assert.That(Written(name), Does.StartWith("schemaVersion: 1\n"));
    }

    [TestCase("out.ndjson")]
    [TestCase("out.jsonl")]
    public void Out_ndjson_writes_one_line_per_report(string name)
    {
        Assert.That(Run("parse", "seed.txt", "seed.txt", "-o", name).ExitCode, Is.Zero);
        var lines = Written(name).TrimEnd('\n').Split('\n');
        Assert.That(lines.Select(l => JsonNode.Parse(l)!["stats"]!["sections"]!.GetValue<int>()), Is.EqualTo(new[] { 5, 5 }));
    }

    [TestCase("out.txt")]
    [TestCase("out")]
    [TestCase("out.json")]
    public void Any_other_name_gets_json(string name)
    {
        Assert.That(Run("parse", "seed.txt", "-o", name).ExitCode, Is.Zero);
        Assert.That(Written(name), Does.StartWith("{\n  \"schemaVersion\": 1,"));
    }

    [Test]
    public void A_format_given_wins_over_a_name_that_claims_none()
    {
        Assert.That(Run("parse", "seed.txt", "-o", "out.txt", "-f", "yaml").ExitCode, Is.Zero);
        Assert.That(Written("out.txt"), Does.StartWith("schemaVersion: 1\n"));
    }

    [Test]
    public void A_format_the_extension_contradicts_is_a_usage_error_naming_both()
    {
        AssertRefused("parse", "x.csv", "json", "csv");
    }

    /// <summary>The run is refused with exit code 2, one line naming both, and nothing written.</summary>
    private void AssertRefused(string command, string output, string format, string claimedBy)
    {
        var result = Run(command, "seed.txt", "-o", output, "-f", format);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Split(Environment.NewLine)[0],
            Is.EqualTo($"spotlight: --format {format} does not match --output {output}, a {claimedBy} file; drop one or make them agree"));
        Assert.That(File.Exists(Path.Combine(_dir, output)), Is.False);
    }

    [Test]
    public void Under_output_dir_the_name_comes_from_the_chosen_format()
    {
        Assert.That(Run("parse", "seed.txt", "--output-dir", "out", "-f", "ndjson").ExitCode, Is.Zero);
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName), Is.EqualTo(new[] { "seed.ndjson" }));
        Assert.That(Run("parse", "seed.txt", "-o", "json.csv/").ExitCode, Is.Zero, "a directory named like a file chooses nothing");
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "json.csv")).Select(Path.GetFileName), Is.EqualTo(new[] { "seed.json" }));
    }

    [TestCase("parse", "xml", "'json' 'yaml' 'csv' 'ndjson' 'html'")]
    [TestCase("validate", "xml", "'text' 'json' 'sarif' 'github' 'codequality'")]
    public void An_unknown_format_is_a_usage_error_listing_the_known_ones(string command, string format, string known)
    {
        var result = Run(command, "seed.txt", "-f", format);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr.Split(Environment.NewLine)[0],
            Is.EqualTo($"spotlight: Argument '{format}' not recognized. Must be one of: {known}"));
    }

    [Test]
    public void An_unknown_input_format_lists_the_reader_table()
    {
        var result = Run("parse", "seed.txt", "--from", "docx");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Split(Environment.NewLine)[0],
            Is.EqualTo("spotlight: Argument 'docx' not recognized. Must be one of: 'pdf' 'html' 'text'"));
    }

    [Test]
    public void Validate_out_sarif_writes_sarif()
    {
        var result = Run("validate", "seed.txt", "-o", "findings.sarif", "-q");
        Assert.That(result.ExitCode, Is.Zero);
        var log = JsonNode.Parse(Written("findings.sarif"))!;
        Assert.That(log["version"]!.GetValue<string>(), Is.EqualTo("2.1.0"));
        Assert.That(log["runs"]![0]!["results"]![0]!["ruleId"]!.GetValue<string>(), Is.EqualTo("SPT012"));
    }

    [Test]
    public void Validate_out_json_writes_json_and_out_txt_text()
    {
        Assert.That(Run("validate", "seed.txt", "-o", "findings.json", "-q").ExitCode, Is.Zero);
        Assert.That(JsonNode.Parse(Written("findings.json")), Is.InstanceOf<JsonArray>());
        Assert.That(Run("validate", "seed.txt", "-o", "findings.txt", "-q").ExitCode, Is.Zero);
        Assert.That(Written("findings.txt"), Is.EqualTo("seed.txt:18:1: info SPT012: bullet glyphs are mixed: '►' after '- ▶'\n"));
    }

    [Test]
    public void Validate_refuses_a_format_its_output_name_contradicts()
    {
        AssertRefused("validate", "findings.sarif", "github", "sarif");
    }

    [Test]
    public void Validate_writes_a_code_quality_report_to_a_json_file_when_f_names_it()
    {
        var result = Run("validate", "seed.txt", "-o", "gl-code-quality-report.json", "-f", "codequality", "-q");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        var issue = JsonNode.Parse(Written("gl-code-quality-report.json"))!.AsArray().Single()!;
        Assert.That((issue["check_name"]!.GetValue<string>(), issue["severity"]!.GetValue<string>(), issue["location"]!["path"]!.GetValue<string>(),
            issue["location"]!["lines"]!["begin"]!.GetValue<int>()), Is.EqualTo(("SPT012", "info", "seed.txt", 18)));
    }

    [Test]
    public void Validate_refuses_codequality_in_a_file_of_an_extension_it_does_not_share()
    {
        AssertRefused("validate", "findings.sarif.json", "codequality", "sarif");
    }

    [Test]
    public void The_help_lists_the_tables()
    {
        string parse = Run("parse", "--help").Stdout;
        Assert.That(parse, Does.Contain("--from <html|pdf|text>"));
        Assert.That(parse, Does.Contain("-f, --format <csv|html|json|ndjson|yaml>"));
        Assert.That(parse, Does.Contain("the extension of --output chooses: .json for json, .yaml or .yml for yaml, .csv for csv, "
            + ".ndjson or .jsonl for ndjson, .html or .htm for html; any other name, and stdout, get json."));
        Assert.That(parse, Does.Contain("its report files: .htm, .html, .pdf, .text, .txt, .xhtml;"));
        string validate = Run("validate", "--help").Stdout;
        Assert.That(validate, Does.Contain("-f, --format <codequality|github|json|sarif|text>"));
        Assert.That(validate, Does.Contain(".json for json, .sarif or .sarif.json for sarif; any other name, and stdout, get text. "
            + "-f codequality may write a .json file."));
    }
}
