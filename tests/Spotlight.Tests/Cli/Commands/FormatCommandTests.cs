using System.Text.Json;
using System.Text.Json.Nodes;
using Spotlight.Tests.Writing;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>Every output format and the schema command, end to end, with one input and with many.</summary>
public sealed class FormatCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeWorkingDirectory()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-formats-").FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "seed.txt"));
        File.Copy(Path.Combine(TestFiles.Samples, "002_new_year_topics.txt"), Path.Combine(_dir, "newyear.txt"));
    }

    [TearDown]
    public void RemoveWorkingDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Yaml_is_one_document_per_input()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "newyear.txt", "--format", "yaml", "--quiet");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        var documents = YamlReadBack.Documents(result.Stdout);
        Assert.That(documents.Select(d => d!["input"]!["path"]!.GetValue<string>()), Is.EqualTo(new[] { "seed.txt", "newyear.txt" }));
    }

    [Test]
    public void Ndjson_is_one_line_per_input_in_input_order()
    {
        var result = CliRunner.Run(_dir, "parse", "newyear.txt", "seed.txt", "newyear.txt", "-f", "ndjson");
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.That(lines.Select(l => JsonNode.Parse(l)!["input"]!["path"]!.GetValue<string>()),
            Is.EqualTo(new[] { "newyear.txt", "seed.txt", "newyear.txt" }));
    }

    [Test]
    public void Csv_writes_the_chosen_table_for_all_inputs_under_one_header()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "newyear.txt", "-f", "csv", "--table", "sections");
        var (header, rows) = CsvReadBack.Table(result.Stdout);
        Assert.That(header[..3], Is.EqualTo(new[] { "file", "section_id", "kind" }));
        Assert.That(rows.Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "seed.txt", "newyear.txt" }));
        Assert.That(rows.Select(r => r[1]), Is.EqualTo(new[]
        {
            "overview", "syria", "iraq", "palestinian-arena", "afghanistan", "overview", "lebanon", "yemen", "the-nuclear-program",
        }));
    }

    [Test]
    public void Csv_with_bom_for_excel()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "-f", "csv", "--bom", "-o", "seed.csv");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(File.ReadAllBytes(Path.Combine(_dir, "seed.csv"))[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public void A_bad_input_in_a_batch_is_reported_and_the_rest_converted()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "missing.txt", "newyear.txt", "-f", "ndjson");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        var stderr = result.Stderr.Split(Environment.NewLine);
        Assert.That(stderr[0], Is.EqualTo("spotlight: missing.txt: no such file"));
        Assert.That(stderr[1], Does.StartWith("converted 2 files, 1 failed, 21 KB in "));
        Assert.That(result.Stdout.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(2));
    }

    [Test]
    public void Many_inputs_into_one_file_make_a_json_array()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "newyear.txt", "-o", "all.json");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "")));
        var array = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "all.json")))!.AsArray();
        Assert.That(array.Select(t => t!["stats"]!["sections"]!.GetValue<int>()), Is.EqualTo(new[] { 5, 4 }));
    }

    [Test]
    public void When_every_input_fails_no_file_is_written()
    {
        var result = CliRunner.Run(_dir, "parse", "missing.txt", "gone.txt", "-o", "all.json");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(_dir, "all.json")), Is.False);
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "newyear.txt", "seed.txt" }));
    }

    [Test]
    public void Compact_json_is_one_line()
    {
        var result = CliRunner.Run(_dir, "parse", "seed.txt", "--compact");
        Assert.That(result.Stdout.TrimEnd('\n'), Does.Not.Contain('\n'));
        Assert.That(JsonNode.Parse(result.Stdout)!["stats"]!["dates"]!.GetValue<int>(), Is.EqualTo(40));
    }

    [TestCase("--table", "items")]
    [TestCase("--bom")]
    [TestCase("--no-sanitize")]
    public void Csv_options_with_another_format_are_a_usage_error(params string[] option)
    {
        var result = CliRunner.Run(_dir, ["parse", "seed.txt", "-f", "yaml", .. option]);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith($"spotlight: {option[0]} applies only to --format csv"));
    }

    [Test]
    public void Schema_prints_the_json_schema()
    {
        var result = CliRunner.Run(_dir, "schema");
        Assert.That(result.ExitCode, Is.Zero);
        var schema = JsonNode.Parse(result.Stdout)!;
        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
        Assert.That(schema["definitions"]!["tree"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()),
            Is.EqualTo(new[] { "schemaVersion", "input", "report", "stats", "diagnostics" }));

        var toFile = CliRunner.Run(_dir, "schema", "-o", "schema.json");
        Assert.That(toFile.ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(_dir, "schema.json")), Is.EqualTo(result.Stdout));
    }
}
