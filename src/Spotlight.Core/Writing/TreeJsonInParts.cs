using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// Writes a report given in parts as the same JSON its whole tree gives, each section written and let go as it comes:
/// a report of many sections is then never held whole. The tree's order allows it, its sections coming before the
/// counts and findings, which are known only once every section has been read.
/// </summary>
public static class TreeJsonInParts
{
    /// <remarks>The writer is flushed after each section, so that a writer on a stream's chunks passes it on.</remarks>
    public static void Write(Utf8JsonWriter writer, IReportParts parts)
    {
        var fast = ReportWritingContext.Default;
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", ReportTree.CurrentSchemaVersion);
        writer.WritePropertyName("input");
        JsonSerializer.Serialize(writer, parts.Input, fast.InputInfo);

        var header = parts.Header;
        writer.WritePropertyName("report");
        writer.WriteStartObject();
        writer.WriteString("series", header.Series);
        writer.WriteString("profile", header.Profile);
        writer.WritePropertyName("period");
        JsonSerializer.Serialize(writer, header.Period, fast.Period);
        writer.WritePropertyName("authors");
        JsonSerializer.Serialize(writer, header.Authors, fast.ImmutableArrayAuthor);
        writer.WriteStartArray("sections");
        foreach (var section in parts.Sections)
        {
            JsonSerializer.Serialize(writer, section, TreeJson.HasLongText(section) ? TreeJson.InPiecesContext.Section : fast.Section);
            writer.Flush();
        }
        writer.WriteEndArray();

        var rest = parts.Rest();
        bool inPieces = TreeJson.HasLongTextApart(rest.Report);
        if (rest.Report.Footnotes is { } footnotes)
        {
            writer.WritePropertyName("footnotes");
            JsonSerializer.Serialize(writer, footnotes, inPieces ? TreeJson.InPiecesContext.ImmutableArrayFootnote : fast.ImmutableArrayFootnote);
        }
        if (rest.Report.Furniture is { } furniture)
        {
            writer.WritePropertyName("furniture");
            JsonSerializer.Serialize(writer, furniture, inPieces ? TreeJson.InPiecesContext.ImmutableArrayFurniture : fast.ImmutableArrayFurniture);
        }
        writer.WriteEndObject();

        writer.WritePropertyName("stats");
        JsonSerializer.Serialize(writer, rest.Stats, fast.ReportStats);
        writer.WritePropertyName("diagnostics");
        JsonSerializer.Serialize(writer, rest.Diagnostics, fast.ImmutableArrayDiagnostic);
        writer.WriteEndObject();
    }
}
