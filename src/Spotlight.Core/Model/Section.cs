using Spotlight.Diagnostics;
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
    [property: JsonPropertyOrder(1)] ImmutableArray<Item> Items,
    [property: JsonPropertyOrder(1)] ImmutableArray<Figure> Figures)
{
    /// <summary>Where the section's first line stands in the input file (a web page's source, a PDF's page); absent for plain text.</summary>
    /// <remarks>Written beside the section's lines, before its items.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputPosition? Origin { get; init; }

    /// <summary>The line of the heading; not part of the tree (a summary's first line may be a caption above its label).</summary>
    [JsonIgnore]
    public int? HeadingLine { get; init; }

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
