using System.Text.Json.Serialization;

namespace Spotlight.Model;

public sealed record Author(string Name, string? Honorific, AuthorRole Role, int Line);

[JsonConverter(typeof(JsonStringEnumConverter<AuthorRole>))]
public enum AuthorRole
{
    [JsonStringEnumMemberName("author")] Author,
    [JsonStringEnumMemberName("editor")] Editor,
}
