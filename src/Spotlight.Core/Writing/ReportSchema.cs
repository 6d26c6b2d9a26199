using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// The contract as a JSON Schema (draft 2020-12), exported from the same source-generated metadata that
/// writes the tree, so a field added to the model is in the schema too. Every object is closed
/// (<c>additionalProperties: false</c>) and requires all its fields, except those the tree leaves out when they
/// would be empty (a report's footnotes and furniture). The document is one of two shapes, as the command line
/// chose: one tree, or an array of trees; the tree itself is <c>definitions/tree</c>.
/// </summary>
public static class ReportSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Where the tree's schema is, as a pointer from the root.</summary>
    public const string TreePointer = "#/definitions/tree";

    public static JsonObject Build()
    {
        var types = new Dictionary<JsonNode, Type>(ReferenceEqualityComparer.Instance);
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var transformed = Transform(context, node);
                types[transformed] = context.TypeInfo.Type;
                return transformed;
            },
        };
        var tree = ReportJsonContext.Default.ReportTree.GetJsonSchemaAsNode(options).AsObject();
        tree["properties"]!["schemaVersion"] = new JsonObject { ["const"] = ReportTree.CurrentSchemaVersion };
        var definitions = new JsonObject();
        // The exporter points at a repeated type where it first appeared, deep in the tree; validators follow a
        // pointer to a definition of its own more surely than one into the middle of another, so each such type gets one.
        // "definitions" rather than 2020-12's "$defs": validators of every draft (NJsonSchema among them) resolve it.
        Hoist(tree, definitions, types);

        definitions["tree"] = tree;
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "spotlight report tree",
            ["description"] = $"What `spotlight parse` writes as JSON, schema version {ReportTree.CurrentSchemaVersion}: one tree for a "
                + "single FILE (or -), an array of trees for a directory, an @LIST, --recursive or more than one FILE. "
                + "Each YAML document and each NDJSON line is one tree.",
            ["oneOf"] = new JsonArray(
                new JsonObject { ["$ref"] = TreePointer },
                new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = TreePointer } }),
            ["definitions"] = definitions,
        };
    }

    internal static void Hoist(JsonObject tree, JsonObject definitions, Dictionary<JsonNode, Type> types)
    {
        var references = new List<JsonObject>();
        Collect(tree, references);
        foreach (var group in references.GroupBy(r => r["$ref"]!.GetValue<string>()).OrderByDescending(g => g.Key.Length))
        {
            string pointer = group.Key;
            JsonNode target = tree;
            foreach (string part in pointer.TrimStart('#', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
                target = target[part]!;
            string name = types.TryGetValue(target, out var type) ? JsonNamingPolicy.CamelCase.ConvertName(type.Name) : pointer.Split('/')[^2];
            while (definitions.ContainsKey(name) || name == "tree")
                name += "_";
            // Moved, not copied: the references inside it are among those still to be rewritten.
            var parent = target.Parent!;
            if (parent is JsonObject obj)
                obj[target.GetPropertyName()] = new JsonObject { ["$ref"] = "#/definitions/" + name };
            else
                parent.AsArray()[target.GetElementIndex()] = new JsonObject { ["$ref"] = "#/definitions/" + name };
            definitions[name] = target;
            foreach (var reference in group)
                reference["$ref"] = "#/definitions/" + name;
        }
    }

    private static void Collect(JsonNode? node, List<JsonObject> references)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue)
                    references.Add(obj);
                foreach (var (_, child) in obj)
                    Collect(child, references);
                break;
            case JsonArray array:
                foreach (var child in array)
                    Collect(child, references);
                break;
        }
    }

    public static void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, ReportJsonContext.WriterOptions(indented: true));
        Build().WriteTo(writer);
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Closes each object and requires its fields, those the writers leave out when empty aside.</summary>
    internal static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // A line range is written by its own converter as [first, last].
        if (context.TypeInfo.Type == typeof(LineRange))
        {
            return new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                ["minItems"] = 2,
                ["maxItems"] = 2,
            };
        }
        if (schema is JsonObject obj && obj["properties"] is JsonObject properties)
        {
            var optional = context.TypeInfo.Properties.Where(p => p.ShouldSerialize is not null).Select(p => p.Name).ToHashSet();
            obj["required"] = new JsonArray(properties.Where(p => !optional.Contains(p.Key)).Select(p => (JsonNode)p.Key).ToArray());
            // A list left out when empty is never written as null or as [].
            foreach (string name in optional)
            {
                if (properties[name] is JsonObject list && list["type"] is JsonArray types && types.Any(t => (string?)t == "array"))
                {
                    list["type"] = "array";
                    list["minItems"] = 1;
                }
            }
            obj["additionalProperties"] = false;
        }
        return schema;
    }
}
