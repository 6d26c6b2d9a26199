using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// The contract as a JSON Schema (draft 2020-12), exported from the same source-generated metadata that
/// writes the tree, so a field added to the model is in the schema too. Every object is closed
/// (<c>additionalProperties: false</c>) and requires all its fields, except those the tree leaves out when they
/// would be empty (a report's footnotes and furniture).
/// </summary>
public static class ReportSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Build()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var exported = ReportJsonContext.Default.ReportTree.GetJsonSchemaAsNode(options).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "spotlight report tree",
            ["description"] = $"The tree that `spotlight parse` writes as JSON, YAML and NDJSON, schema version {ReportTree.CurrentSchemaVersion}.",
        };
        foreach (var (key, value) in exported.ToList())
        {
            exported.Remove(key);
            schema[key] = value;
        }
        schema["properties"]!["schemaVersion"] = new JsonObject { ["const"] = ReportTree.CurrentSchemaVersion };
        return schema;
    }

    public static void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, ReportJsonContext.WriterOptions(indented: true));
        Build().WriteTo(writer);
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
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
