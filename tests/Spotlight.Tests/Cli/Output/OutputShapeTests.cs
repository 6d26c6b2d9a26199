using System.Text.Json.Nodes;
using NJsonSchema;
using Spotlight.Cli.Output;
using Spotlight.Writing;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// The shape of the output follows the command line: one FILE gives one tree, anything that names a batch gives a
/// list, also of one tree or of none, and the schema takes both.
/// </summary>
public sealed class OutputShapeTests : HostileDir
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(ReportSchema.Build().ToJsonString()).GetAwaiter().GetResult());

    [SetUp]
    public void MakeFolderOfOne()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "one"));
        File.Copy(Path.Combine(Dir, "r.txt"), Path.Combine(Dir, "one", "r.txt"));
        Directory.CreateDirectory(Path.Combine(Dir, "none"));
        Write("list.txt", "r.txt\n");
    }

    [Test]
    public void One_file_is_one_tree()
    {
        var result = Run("parse", "r.txt");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(JsonNode.Parse(result.Stdout)!["input"]!["path"]!.GetValue<string>(), Is.EqualTo("r.txt"));
        Assert.That(Schema.Value.Validate(result.Stdout).Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void Stdin_is_one_tree()
    {
        var result = CliRunner.Run(Dir, File.ReadAllBytes(Path.Combine(Dir, "r.txt")), "parse", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(JsonNode.Parse(result.Stdout), Is.InstanceOf<JsonObject>());
    }

    [TestCase("one")]
    [TestCase("@list.txt")]
    [TestCase("r.txt", "-r")]
    [TestCase("one/", "--compact")]
    public void A_batch_of_one_is_an_array_of_one(params string[] args)
    {
        var result = Run(["parse", .. args]);
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var array = JsonNode.Parse(result.Stdout) as JsonArray;
        Assert.That(array?.Select(tree => tree!["stats"]!["sections"]!.GetValue<int>()), Is.EqualTo(new[] { 5 }), result.Stdout[..20]);
        Assert.That(Schema.Value.Validate(result.Stdout).Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void A_batch_of_none_is_an_empty_array()
    {
        var result = Run("parse", "none");
        Assert.That(result.ExitCode, Is.EqualTo(1), "the empty folder is named as a failure");
        Assert.That(result.Stdout, Is.EqualTo("[]\n"));
        Assert.That(Schema.Value.Validate(result.Stdout), Is.Empty);
    }

    [Test]
    public void Two_files_are_an_array_that_the_schema_takes_and_a_broken_tree_in_it_is_refused()
    {
        var result = Run("parse", "r.txt", "one/r.txt", "-q");
        var array = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.That(array.Select(tree => tree!["input"]!["path"]!.GetValue<string>()), Is.EqualTo(new[] { "r.txt", "one/r.txt" }));
        Assert.That(Schema.Value.Validate(result.Stdout), Is.Empty);

        array[1]!["report"]!["sections"]![0]!["kind"] = "chapter";
        Assert.That(Schema.Value.Validate(array.ToJsonString()), Is.Not.Empty);
        Assert.That(Schema.Value.Validate("[1]"), Is.Not.Empty);
    }

    [Test]
    public void Yaml_gives_explicit_documents_for_a_batch_of_one_and_a_bare_one_for_a_file()
    {
        var batch = Run("parse", "one", "-f", "yaml");
        Assert.That(FirstLine(batch.Stdout), Is.EqualTo("---"));
        Assert.That(Lines(batch.Stdout).Count(line => line == "---"), Is.EqualTo(1));

        var single = Run("parse", "r.txt", "-f", "yaml");
        Assert.That(single.Stdout, Does.Not.Contain("---\n"));
        Assert.That(FirstLine(single.Stdout), Does.StartWith("schemaVersion:"));
    }

    [Test]
    public void Csv_gives_its_header_for_a_batch_that_converts_nothing()
    {
        var result = Run("parse", "none", "-f", "csv");
        Assert.That(FirstLine(result.Stdout), Does.StartWith("file,"));
    }

    [TestCase(new[] { "r.txt" }, false, false)]
    [TestCase(new[] { "-" }, false, false)]
    [TestCase(new[] { "missing.txt" }, false, false)]
    [TestCase(new[] { "r.txt" }, true, true)]
    [TestCase(new[] { "one" }, false, true)]
    [TestCase(new[] { "@list.txt" }, false, true)]
    [TestCase(new[] { "r.txt", "r.txt" }, false, true)]
    public void The_shape_is_read_from_the_arguments(string[] files, bool recursive, bool list)
    {
        string[] paths = files.Select(file => file is "-" || file.StartsWith('@') ? file : Path.Combine(Dir, file)).ToArray();
        Assert.That(OutputShape.IsList(paths, recursive), Is.EqualTo(list));
    }
}
