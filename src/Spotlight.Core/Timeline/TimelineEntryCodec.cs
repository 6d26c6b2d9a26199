using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Timeline;

/// <summary>
/// An entry as the bytes of a spilled run: each field in turn, strings as BinaryWriter writes them (length, then UTF-8),
/// a value that may be absent after a flag, days as day numbers; the text by its place in the texts' file
/// (<see cref="SpilledTexts"/>), and read back as an empty text with that place. Written and read by this process
/// only, so nothing in it is versioned.
/// </summary>
internal static class TimelineEntryCodec
{
    /// <summary>Writes an entry read back from a run or a record, whose text is stored already.</summary>
    public static void Write(BinaryWriter writer, TimelineEntry entry) =>
        Write(writer, entry, entry.Stored ?? throw new InvalidOperationException("an entry is written once its text is stored"));

    /// <summary>Writes an entry whose text is stored at <paramref name="stored"/>; its own text is not written.</summary>
    public static void Write(BinaryWriter writer, TimelineEntry entry, StoredText stored)
    {
        var e = entry.Event;
        writer.Write(entry.Report);
        writer.Write(entry.Sequence);
        writer.Write((ulong)(entry.TextKey >> 64));
        writer.Write((ulong)entry.TextKey);
        writer.Write(stored.Offset);
        writer.Write(stored.Bytes);
        writer.Write(e.Date);
        writer.Write((byte)e.Granularity);
        WriteOptional(writer, e.Modifier);
        writer.Write(e.Start.DayNumber);
        writer.Write(e.End.DayNumber);
        writer.Write(e.DateText);
        WriteOptional(writer, e.Region);
        writer.Write(e.Section);
        WriteOptional(writer, e.SectionHeading);
        writer.Write(e.Kind);
        writer.Write(e.Sources.Length);
        foreach (var source in e.Sources)
        {
            writer.Write(source.Name);
            WriteOptional(writer, source.Outlet);
            writer.Write((byte)source.Kind);
            WriteOptional(writer, source.Platform);
            WriteOptional(writer, source.Date);
        }
        writer.Write(e.Reports.Length);
        foreach (var report in e.Reports)
        {
            writer.Write(report.File);
            WriteOptional(writer, report.Series);
            WriteDay(writer, report.PeriodStart);
            WriteDay(writer, report.PeriodEnd);
            writer.Write(report.Id);
        }
    }

    public static TimelineEntry Read(BinaryReader reader)
    {
        int report = reader.ReadInt32();
        int sequence = reader.ReadInt32();
        var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
        var stored = new StoredText(reader.ReadInt64(), reader.ReadInt32());
        string date = reader.ReadString();
        var granularity = (DateGranularity)reader.ReadByte();
        var modifier = ReadModifier(reader);
        var start = DateOnly.FromDayNumber(reader.ReadInt32());
        var end = DateOnly.FromDayNumber(reader.ReadInt32());
        string dateText = reader.ReadString();
        string? region = ReadOptional(reader);
        string section = reader.ReadString();
        string? heading = ReadOptional(reader);
        string kind = Kind(reader.ReadString());
        var sources = ImmutableArray.CreateBuilder<TimelineSource>(reader.ReadInt32());
        for (int i = 0; i < sources.Capacity; i++)
            sources.Add(new TimelineSource(reader.ReadString(), ReadOptional(reader), (SourceKind)reader.ReadByte(), ReadPlatform(reader),
                ReadOptional(reader)));
        var reports = ImmutableArray.CreateBuilder<TimelineReport>(reader.ReadInt32());
        for (int i = 0; i < reports.Capacity; i++)
            reports.Add(new TimelineReport(reader.ReadString(), ReadOptional(reader), ReadDay(reader), ReadDay(reader), reader.ReadString()));
        var timelineEvent = new TimelineEvent(date, granularity, modifier, start, end, dateText, region, section, heading, kind, "",
            sources.MoveToImmutable(), reports.MoveToImmutable());
        return new TimelineEntry(timelineEvent, report, sequence, key) { Stored = stored };
    }

    // The two kinds read back as the same two strings, not a copy of one for every event.
    private static string Kind(string kind) => kind switch { "item" => "item", "figure" => "figure", _ => kind };

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteOptional(BinaryWriter writer, DateModifier? value) => writer.Write(value is { } v ? (sbyte)v : (sbyte)-1);

    private static void WriteOptional(BinaryWriter writer, SourcePlatform? value) => writer.Write(value is { } v ? (sbyte)v : (sbyte)-1);

    private static DateModifier? ReadModifier(BinaryReader reader) => reader.ReadSByte() is sbyte v and >= 0 ? (DateModifier)v : null;

    private static SourcePlatform? ReadPlatform(BinaryReader reader) => reader.ReadSByte() is sbyte v and >= 0 ? (SourcePlatform)v : null;

    private static void WriteDay(BinaryWriter writer, DateOnly? day) => writer.Write(day?.DayNumber ?? -1);

    private static DateOnly? ReadDay(BinaryReader reader) => reader.ReadInt32() is int number and >= 0 ? DateOnly.FromDayNumber(number) : null;
}
