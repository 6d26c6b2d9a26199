using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// Writes a report given in parts as the same JSON its whole tree gives, each part written and let go as it comes:
/// a report of many sections or items is then never held whole. The tree's sections come before the counts and
/// findings, which are known only once every section has been read; a section's lines come before its items and
/// figures, which are held back (on disk when many) until the section ends.
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
        bool indented = writer.Options.Indented;
        using (var items = new JsonSpill<Item>(TreeJson.TypeInfoFor, indented))
        using (var figures = new JsonSpill<Figure>(TreeJson.TypeInfoFor, indented))
        {
            foreach (var part in parts.Parts)
            {
                switch (part)
                {
                    case SectionPart.OfItem { Item: var item }:
                        items.Add(item);
                        break;
                    case SectionPart.OfFigure { Figure: var figure }:
                        figures.Add(figure);
                        break;
                    case SectionPart.End { Section: var section }:
                        WriteSection(writer, section, items, figures);
                        writer.Flush();
                        break;
                }
            }
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

    /// <summary>A section as its tree writes it: its heading and lines, then the items and figures held back for them.</summary>
    private static void WriteSection(Utf8JsonWriter writer, Section section, JsonSpill<Item> items, JsonSpill<Figure> figures)
    {
        var fast = ReportWritingContext.Default;
        writer.WriteStartObject();
        writer.WriteString("id", section.Id);
        writer.WritePropertyName("kind");
        JsonSerializer.Serialize(writer, section.Kind, fast.SectionKind);
        writer.WriteString("heading", section.Heading);
        writer.WriteString("region", section.Region);
        writer.WritePropertyName("lines");
        JsonSerializer.Serialize(writer, section.Lines, fast.LineRange);
        if (section.Origin is { } origin)
        {
            writer.WritePropertyName("origin");
            JsonSerializer.Serialize(writer, origin, fast.InputPosition);
        }
        writer.WriteStartArray("items");
        items.WriteTo(writer);
        writer.WriteEndArray();
        writer.WriteStartArray("figures");
        figures.WriteTo(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
