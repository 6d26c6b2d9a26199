using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Spotlight.Model;

/// <param name="Profile">The id of the series profile the report was read with ("spotlight-on-iran").</param>
public sealed record Report(
    string? Series,
    string Profile,
    Period? Period,
    ImmutableArray<Author> Authors,
    ImmutableArray<Section> Sections)
{
    /// <summary>Footnotes kept apart from the items; absent from the tree when the report has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImmutableArray<Footnote>? Footnotes { get; init; }

    /// <summary>Page and site furniture set aside; absent from the tree when the report has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImmutableArray<Furniture>? Furniture { get; init; }

    /// <summary>The line the series was read from; not part of the tree, used to account for every line.</summary>
    [JsonIgnore]
    public int? SeriesLine { get; init; }
}
