using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Spotlight.Model;

/// <param name="Heading">Exactly as written; null for a summary that has no label.</param>
/// <param name="Region">The country or arena the heading names, or null.</param>
public sealed record Section(
    string Id,
    SectionKind Kind,
    string? Heading,
    string? Region,
    LineRange Lines,
    ImmutableArray<Item> Items,
    ImmutableArray<Figure> Figures)
{
    /// <summary>The items, then the figures: every node of the section.</summary>
    [JsonIgnore]
    public IEnumerable<IReportNode> Nodes => Items.Cast<IReportNode>().Concat(Figures);
}

[JsonConverter(typeof(JsonStringEnumConverter<SectionKind>))]
public enum SectionKind
{
    [JsonStringEnumMemberName("summary")] Summary,
    [JsonStringEnumMemberName("region")] Region,
    [JsonStringEnumMemberName("topic")] Topic,
}
