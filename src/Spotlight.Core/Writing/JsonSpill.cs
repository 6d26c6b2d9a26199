using Spotlight.Spilling;
using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Spotlight.Writing;

/// <summary>
/// The values of one JSON array held back until the writer reaches the array: a section's items and figures wait
/// for its last line, which the tree writes before them. A few are held as they are; past that they are written out
/// as JSON, first in memory, then in a temporary file, so that a section of a million items costs disk, not memory.
/// </summary>
internal sealed class JsonSpill<T>(Func<T, JsonTypeInfo<T>> typeInfo, bool indented) : IDisposable
{
    /// <summary>Values held as they are, until there are this many.</summary>
    private const int Held = 256;

    /// <summary>JSON kept in memory up to this size, then moved to a temporary file.</summary>
    private const int InMemory = 1 << 20;

    private readonly List<T> _held = [];
    private Stream? _store;
    private readonly ArrayBufferWriter<byte> _value = new();
    private Utf8JsonWriter? _writer;

    public void Add(T value)
    {
        _held.Add(value);
        if (_held.Count < Held)
            return;
        foreach (var held in _held)
            Store(held);
        _held.Clear();
    }

    /// <summary>One value as JSON, its length first; written standalone, indented from the left margin.</summary>
    private void Store(T value)
    {
        _value.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(_value, ReportJsonContext.WriterOptions(indented));
        writer.Reset(_value);
        JsonSerializer.Serialize(writer, value, typeInfo(value));
        writer.Flush();
        var store = _store ??= new MemoryStream();
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, _value.WrittenCount);
        store.Write(length);
        store.Write(_value.WrittenSpan);
        if (store is MemoryStream memory && memory.Length > InMemory)
            _store = ToFile(memory);
    }

    /// <summary>The JSON moved to a temporary file, which no folder names (see <see cref="TemporaryFile"/>).</summary>
    private static Stream ToFile(MemoryStream memory)
    {
        FileStream file;
        try
        {
            file = TemporaryFile.Open(Path.GetTempPath(), "parts", ".json", 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No room for a temporary file: the JSON stays in memory, as a tree would.
            return memory;
        }
        memory.Position = 0;
        memory.CopyTo(file);
        return file;
    }

    /// <summary>Writes every value held back as the elements of the array the writer is in, then starts anew.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_store is { } store)
        {
            // A value written standalone is indented from the margin: each of its lines is moved in to the array's depth.
            int indent = indented ? writer.Options.IndentSize * writer.CurrentDepth : 0;
            byte[] newLine = System.Text.Encoding.UTF8.GetBytes(writer.Options.NewLine);
            store.Position = 0;
            Span<byte> length = stackalloc byte[sizeof(int)];
            byte[] buffer = [];
            var moved = new ArrayBufferWriter<byte>();
            while (store.Read(length) == length.Length)
            {
                int count = BinaryPrimitives.ReadInt32LittleEndian(length);
                if (buffer.Length < count)
                    buffer = new byte[Math.Max(count, 2 * buffer.Length)];
                store.ReadExactly(buffer, 0, count);
                writer.WriteRawValue(MovedIn(buffer.AsSpan(0, count), indent, newLine, moved), skipInputValidation: true);
            }
            store.SetLength(0);
        }
        foreach (var value in _held)
            JsonSerializer.Serialize(writer, value, typeInfo(value));
        _held.Clear();
    }

    /// <summary>
    /// The value as the writer would write it as an element at the depth <paramref name="indent"/> gives: a raw value is
    /// written as it is, after the comma alone, so the line break and margin before it are its own.
    /// </summary>
    private static ReadOnlySpan<byte> MovedIn(ReadOnlySpan<byte> json, int indent, byte[] newLine, ArrayBufferWriter<byte> moved)
    {
        if (indent == 0)
            return json;
        moved.ResetWrittenCount();
        moved.Write(newLine);
        moved.GetSpan(indent)[..indent].Fill((byte)' ');
        moved.Advance(indent);
        // A string in JSON holds no raw line break: every one is between tokens.
        int at;
        while ((at = json.IndexOf((byte)'\n')) >= 0)
        {
            moved.Write(json[..(at + 1)]);
            moved.GetSpan(indent)[..indent].Fill((byte)' ');
            moved.Advance(indent);
            json = json[(at + 1)..];
        }
        moved.Write(json);
        return moved.WrittenSpan;
    }

    public void Dispose()
    {
        _store?.Dispose();
        _writer?.Dispose();
    }
}
