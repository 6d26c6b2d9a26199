using Spotlight.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NJsonSchema;
using Spotlight.Model;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>The schema describes the tree: every output validates, and every field of the model is in it.</summary>
public sealed class SchemaTests
{
    // Built afresh for each test rather than once for all: mutation testing gives a mutant only the tests that
    // reach its code, and a schema built once is reached by whichever test ran first.
    private static JsonSchema Schema => JsonSchema.FromJsonAsync(ReportSchema.Build().ToJsonString()).GetAwaiter().GetResult();

    [TestCaseSource(typeof(TreeCorpus), nameof(TreeCorpus.Names))]
    public void Every_tree_validates(string path)
    {
        string json = TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(path));
        Assert.That(Schema.Validate(json).Select(e => e.ToString()), Is.Empty);
    }

    public static IEnumerable<string> PagedAndWebSamples() =>
        Directory.EnumerateFiles(TestFiles.Samples).Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal))
            .Order().Select(Path.GetFileName)!;

    /// <summary>Web pages and PDFs give origins, which plain text never does: their trees are checked on their own.</summary>
    [TestCaseSource(nameof(PagedAndWebSamples))]
    public void Every_tree_of_a_web_page_or_a_pdf_validates_with_its_origins(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestFiles.Samples, name));
        var tree = ReportPipeline.Parse(bytes, name, Spotlight.Reading.ReportReaders.Detect(bytes, name));
        string json = TreeCorpus.Render(new JsonReportWriter(), tree);
        Assert.That(JsonNode.Parse(json)!["report"]!["sections"]![0]!["items"]![0]!["origin"]!["line"]!.GetValue<int>(), Is.GreaterThan(0));
        Assert.That(Schema.Validate(json).Select(e => e.ToString()), Is.Empty);

        var broken = JsonNode.Parse(json)!;
        broken["report"]!["sections"]![0]!["items"]![0]!["origin"]!["offset"] = 1;
        Assert.That(Schema.Validate(broken.ToJsonString()), Is.Not.Empty, "an origin is a closed object too");
    }

    [Test]
    public void A_tree_with_an_unknown_field_or_a_bad_range_does_not()
    {
        var tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        tree["report"]!["sections"]![0]!["extra"] = 1;
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Not.Empty);

        tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        tree["report"]!["sections"]![0]!["lines"] = new JsonArray(11);
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Not.Empty);

        tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        tree["report"]!["sections"]![0]!["kind"] = "chapter";
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void Footnotes_and_furniture_are_left_out_when_empty_never_written_empty()
    {
        var tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        Assert.That(tree["report"]!.AsObject().ContainsKey("footnotes"), Is.False);
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Empty);

        tree["report"]!["footnotes"] = new JsonArray();
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Not.Empty);
        tree["report"]!["footnotes"] = new JsonArray(new JsonObject { ["mark"] = "1", ["text"] = "A note.", ["lines"] = new JsonArray(4, 4) });
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Empty);
        tree["report"]!["furniture"] = new JsonArray(new JsonObject { ["kind"] = "footer", ["text"] = "3", ["lines"] = new JsonArray(5, 5) });
        Assert.That(Schema.Validate(tree.ToJsonString()), Is.Not.Empty, "a kind the contract does not name");
    }

    [Test]
    public void It_names_the_draft_and_the_schema_version()
    {
        var schema = ReportSchema.Build();
        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
        Assert.That(schema["definitions"]!["tree"]!["properties"]!["schemaVersion"]!["const"]!.GetValue<int>(), Is.EqualTo(ReportTree.CurrentSchemaVersion));
    }

    [Test]
    public void The_document_is_one_tree_or_an_array_of_trees_with_its_title_and_description()
    {
        var schema = ReportSchema.Build();
        Assert.That(schema.Select(p => p.Key), Is.EqualTo(new[] { "$schema", "title", "description", "oneOf", "definitions" }));
        Assert.That(schema["title"]!.GetValue<string>(), Is.EqualTo("spotlight report tree"));
        Assert.That(schema["description"]!.GetValue<string>(), Is.EqualTo(
            $"What `spotlight parse` writes as JSON, schema version {ReportTree.CurrentSchemaVersion}: one tree for a single FILE (or -), "
            + "an array of trees for a directory, an @LIST, --recursive or more than one FILE. Each YAML document and each NDJSON line is one tree."));
        Assert.That(schema["oneOf"]!.ToJsonString(), Is.EqualTo(
            """[{"$ref":"#/definitions/tree"},{"type":"array","items":{"$ref":"#/definitions/tree"}}]"""));
    }

    [Test]
    public void A_type_met_in_more_than_one_place_has_a_definition_named_after_it()
    {
        var schema = ReportSchema.Build();
        Assert.That(schema["definitions"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "sourceMention", "dateMention", "tree" }));
        var item = schema["definitions"]!["tree"]!["properties"]!["report"]!["properties"]!["sections"]!["items"]!["properties"]!["items"]!["items"]!["properties"]!;
        Assert.That((item["dates"]!.ToJsonString(), item["sources"]!.ToJsonString()), Is.EqualTo((
            """{"type":"array","items":{"$ref":"#/definitions/dateMention"}}""", """{"type":"array","items":{"$ref":"#/definitions/sourceMention"}}""")));
        Assert.That(schema["definitions"]!["dateMention"]!.ToJsonString(), Is.EqualTo(
            """{"type":"object","properties":{"text":{"type":"string"},"value":{"type":"string"},"granularity":{"enum":["day","week","month","year"]}"""
            + ""","modifier":{"enum":["early","mid","late",null]},"relative":{"type":"boolean"},"start":{"type":"integer"},"length":{"type":"integer"}}"""
            + ""","required":["text","value","granularity","modifier","relative","start","length"],"additionalProperties":false}"""));
    }

    [Test]
    public void A_line_range_is_two_line_numbers_from_one()
    {
        var section = ReportSchema.Build()["definitions"]!["tree"]!["properties"]!["report"]!["properties"]!["sections"]!["items"]!["properties"]!;
        Assert.That(section["lines"]!.ToJsonString(), Is.EqualTo("""{"type":"array","items":{"type":"integer","minimum":1},"minItems":2,"maxItems":2}"""));
    }

    [Test]
    public void Footnotes_and_furniture_are_optional_lists_of_at_least_one()
    {
        var report = ReportSchema.Build()["definitions"]!["tree"]!["properties"]!["report"]!;
        Assert.That(report["required"]!.ToJsonString(), Is.EqualTo("""["series","profile","period","authors","sections"]"""));
        foreach (string name in new[] { "footnotes", "furniture" })
        {
            var list = report["properties"]![name]!;
            Assert.That((list["type"]!.ToJsonString(), list["minItems"]!.GetValue<int>()), Is.EqualTo(("\"array\"", 1)), name);
        }
        Assert.That(report["properties"]!["authors"]!["type"]!.ToJsonString(), Is.EqualTo("\"array\""));
        Assert.That(report["properties"]!["authors"]!.AsObject().ContainsKey("minItems"), Is.False, "a list always written may be empty");
    }

    [Test]
    public void The_schema_is_written_indented_with_its_text_unescaped_and_a_final_line_feed()
    {
        using var stream = new MemoryStream();
        ReportSchema.Write(stream);
        string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.That(text, Does.StartWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"spotlight report tree\",\n"));
        Assert.That(text, Does.Contain("\"What `spotlight parse` writes as JSON"));
        Assert.That(text, Does.EndWith("\n}\n"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(text), ReportSchema.Build()), Is.True);
    }

    /// <summary>Walks the model's types and the schema side by side: a field missing from the schema fails here.</summary>
    [Test]
    public void Every_field_of_the_model_is_in_the_schema_and_required()
    {
        var missing = new List<string>();
        var seen = new List<string>();
        var root = ReportSchema.Build();
        Walk(typeof(ReportTree), root, root["definitions"]!["tree"]!, "", missing, seen);
        Assert.That(missing, Is.Empty);
        Assert.That(seen, Does.Contain("/report/sections/figures/sources/platform").And.Contain("/diagnostics/itemId")
                .And.Contain("/report/footnotes/mark").And.Contain("/report/furniture/kind"),
            "the walk reaches the leaves of the tree");
    }

    private static void Walk(Type type, JsonNode root, JsonNode schema, string path, List<string> missing, List<string> seen)
    {
        schema = Resolve(root, schema);
        var properties = schema["properties"]?.AsObject();
        var required = schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var ignore = property.GetCustomAttribute<JsonIgnoreAttribute>();
            if (ignore is { Condition: JsonIgnoreCondition.Always } || property.Name == "EqualityContract")
                continue;
            // A field left out of the tree when empty is in the schema, and not required.
            bool optional = ignore is not null;
            string name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            seen.Add($"{path}/{name}");
            if (properties?[name] is not { } child || required.Contains(name) == optional)
            {
                missing.Add($"{path}/{name}");
                continue;
            }
            var element = ElementType(property.PropertyType);
            if (element.Namespace is { } ns && (ns == typeof(ReportTree).Namespace || ns == typeof(Diagnostic).Namespace) && element.IsClass)
            {
                child = Resolve(root, child);
                Walk(element, root, child["items"] ?? child, $"{path}/{name}", missing, seen);
            }
        }
    }

    /// <summary>Follows a "$ref" (a JSON pointer into the same schema) to the node it names.</summary>
    private static JsonNode Resolve(JsonNode root, JsonNode node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            node = root;
            foreach (string part in reference.TrimStart('#', '/').Split('/'))
                node = node[part]!;
        }
        return node;
    }

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0] : type;
    }
}
