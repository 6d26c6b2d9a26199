using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// One timeline event as a JSON Schema (draft 2020-12), exported from the metadata that writes it, as the tree's
/// is (<see cref="ReportSchema"/>): every object closed, every field required. It is the schema of one NDJSON line and
/// of each item of the JSON array.
/// </summary>
public static class TimelineSchema
{
    public static JsonObject Build()
    {
        var types = new Dictionary<JsonNode, Type>(ReferenceEqualityComparer.Instance);
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var transformed = ReportSchema.Transform(context, node);
                types[transformed] = context.TypeInfo.Type;
                return transformed;
            },
        };
        var timelineEvent = TimelineJsonContext.Default.TimelineEvent.GetJsonSchemaAsNode(options).AsObject();
        // What the record's types cannot say: the two kinds of node, and an event is told by one report at least.
        var properties = timelineEvent["properties"]!.AsObject();
        properties["kind"] = new JsonObject { ["enum"] = new JsonArray("item", "figure") };
        properties["reports"]!["minItems"] = 1;
        var definitions = new JsonObject();
        ReportSchema.Hoist(timelineEvent, definitions, types);
        var schema = new JsonObject
        {
            ["$schema"] = ReportSchema.Draft,
            ["title"] = "spotlight timeline event",
            ["description"] = "One event of what `spotlight timeline` writes: each item of its JSON array, each line of its NDJSON.",
        };
        foreach (var (name, value) in timelineEvent.ToList())
        {
            timelineEvent.Remove(name);
            schema[name] = value;
        }
        if (definitions.Count > 0)
            schema["definitions"] = definitions;
        return schema;
    }

    public static void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, ReportJsonContext.WriterOptions(indented: true));
        Build().WriteTo(writer);
        writer.Flush();
        output.WriteByte((byte)'\n');
    }
}
