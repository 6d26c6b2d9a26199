using Spotlight.Diagnostics;
using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>
/// A JSON array with one object per finding: the contract's Diagnostic with the file it belongs to, and for a web page
/// or a PDF its <c>origin</c> in the input file.
/// </summary>
public sealed class JsonFindingsWriter : IFindingsWriter
{
    public IFindingsOutput Open(Stream output) => new JsonArrayFindingsOutput(output, Write);

    private static void Write(Utf8JsonWriter writer, string path, Diagnostic d)
    {
        writer.WriteStartObject();
        writer.WriteString("file", path);
        writer.WriteString("code", d.Code);
        writer.WriteString("severity", TextFindingsWriter.Severity(d.Severity));
        writer.WriteString("message", d.Message);
        WriteNumber(writer, "line", d.Line);
        WriteNumber(writer, "column", d.Column);
        if (d.ItemId is null) writer.WriteNull("itemId");
        else writer.WriteString("itemId", d.ItemId);
        if (d.Origin is { } origin)
        {
            writer.WriteStartObject("origin");
            if (origin.Page is { } page)
                writer.WriteNumber("page", page);
            writer.WriteNumber("line", origin.Line);
            writer.WriteNumber("column", origin.Column);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}
