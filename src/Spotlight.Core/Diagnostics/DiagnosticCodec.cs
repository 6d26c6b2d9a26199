namespace Spotlight.Diagnostics;

/// <summary>A finding as bytes and back, every field as it was: what a finding set aside in a file is read back as.</summary>
internal static class DiagnosticCodec
{
    public static void Write(BinaryWriter writer, Diagnostic finding)
    {
        writer.Write(finding.Code);
        writer.Write((byte)finding.Severity);
        writer.Write(finding.Message);
        WriteNullable(writer, finding.Line);
        WriteNullable(writer, finding.Column);
        writer.Write(finding.ItemId is not null);
        if (finding.ItemId is { } item)
            writer.Write(item);
        writer.Write(finding.Origin is not null);
        if (finding.Origin is { } origin)
        {
            WriteNullable(writer, origin.Page);
            writer.Write(origin.Line);
            writer.Write(origin.Column);
        }
    }

    public static Diagnostic Read(BinaryReader reader)
    {
        string code = reader.ReadString();
        var severity = (DiagnosticSeverity)reader.ReadByte();
        string message = reader.ReadString();
        int? line = ReadNullable(reader), column = ReadNullable(reader);
        string? item = reader.ReadBoolean() ? reader.ReadString() : null;
        var origin = reader.ReadBoolean() ? new InputPosition(ReadNullable(reader), reader.ReadInt32(), reader.ReadInt32()) : null;
        return new Diagnostic(code, severity, message, line, column, item) { Origin = origin };
    }

    private static void WriteNullable(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v)
            writer.Write(v);
    }

    private static int? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;
}
