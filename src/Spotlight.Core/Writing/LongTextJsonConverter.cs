using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotlight.Writing;

/// <summary>
/// Writes a string in pieces of <see cref="Piece"/> characters. A string written whole makes the writer reserve room
/// for its longest escaping, six bytes a character: a paragraph of millions of characters would need several times
/// the memory of the whole report at once.
/// </summary>
public sealed class LongTextJsonConverter : JsonConverter<string>
{
    public const int Piece = 4096;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value.Length <= Piece)
        {
            writer.WriteStringValue(value);
            return;
        }
        var text = value.AsSpan();
        while (text.Length > 0)
        {
            int length = Math.Min(Piece, text.Length);
            // A piece never ends between the two halves of a surrogate pair: the writer would take it for a broken character.
            if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
                length--;
            writer.WriteStringValueSegment(text[..length], isFinalSegment: length == text.Length);
            text = text[length..];
        }
    }
}
