using System.Text.Json.Serialization;
using Spotlight.Text;

namespace Spotlight.Model;

/// <param name="Name">As written.</param>
/// <param name="Outlet">Canonical name from the outlet table, or null if unknown.</param>
/// <param name="Date">The date cited with the source (ISO), or null.</param>
public sealed record SourceMention(
    string Name,
    string? Outlet,
    SourceKind Kind,
    SourcePlatform? Platform,
    string? Date,
    string Text,
    int Start,
    int Length)
{
    /// <summary>Where the mention stands in the node's text; not part of the tree, which writes its start and length.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

[JsonConverter(typeof(JsonStringEnumConverter<SourceKind>))]
public enum SourceKind
{
    [JsonStringEnumMemberName("citation")] Citation,
    [JsonStringEnumMemberName("inline")] Inline,
}

[JsonConverter(typeof(JsonStringEnumConverter<SourcePlatform>))]
public enum SourcePlatform
{
    [JsonStringEnumMemberName("twitter")] Twitter,
    [JsonStringEnumMemberName("telegram")] Telegram,
    [JsonStringEnumMemberName("instagram")] Instagram,
    [JsonStringEnumMemberName("youtube")] YouTube,
    [JsonStringEnumMemberName("website")] Website,
}
