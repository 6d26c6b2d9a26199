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
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(ReportSchema.Build().ToJsonString()).GetAwaiter().GetResult());

    [TestCaseSource(typeof(TreeCorpus), nameof(TreeCorpus.Names))]
    public void Every_tree_validates(string path)
    {
        string json = TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(path));
        Assert.That(Schema.Value.Validate(json).Select(e => e.ToString()), Is.Empty);
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
        Assert.That(Schema.Value.Validate(json).Select(e => e.ToString()), Is.Empty);

        var broken = JsonNode.Parse(json)!;
        broken["report"]!["sections"]![0]!["items"]![0]!["origin"]!["offset"] = 1;
        Assert.That(Schema.Value.Validate(broken.ToJsonString()), Is.Not.Empty, "an origin is a closed object too");
    }

    [Test]
    public void A_tree_with_an_unknown_field_or_a_bad_range_does_not()
    {
        var tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        tree["report"]!["sections"]![0]!["extra"] = 1;
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Not.Empty);

        tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        tree["report"]!["sections"]![0]!["lines"] = new JsonArray(11);
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Not.Empty);

        tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        tree["report"]!["sections"]![0]!["kind"] = "chapter";
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void Footnotes_and_furniture_are_left_out_when_empty_never_written_empty()
    {
        var tree = JsonNode.Parse(TreeCorpus.Render(new JsonReportWriter(), TreeCorpus.Parse(TreeCorpus.Names().First())))!;
        Assert.That(tree["report"]!.AsObject().ContainsKey("footnotes"), Is.False);
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Empty);

        tree["report"]!["footnotes"] = new JsonArray();
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Not.Empty);
        tree["report"]!["footnotes"] = new JsonArray(new JsonObject { ["mark"] = "1", ["text"] = "A note.", ["lines"] = new JsonArray(4, 4) });
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Empty);
        tree["report"]!["furniture"] = new JsonArray(new JsonObject { ["kind"] = "footer", ["text"] = "3", ["lines"] = new JsonArray(5, 5) });
        Assert.That(Schema.Value.Validate(tree.ToJsonString()), Is.Not.Empty, "a kind the contract does not name");
    }

    [Test]
    public void It_names_the_draft_and_the_schema_version()
    {
        var schema = ReportSchema.Build();
        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
        Assert.That(schema["definitions"]!["tree"]!["properties"]!["schemaVersion"]!["const"]!.GetValue<int>(), Is.EqualTo(ReportTree.CurrentSchemaVersion));
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
