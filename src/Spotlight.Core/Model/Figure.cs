using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Spotlight.Text;

namespace Spotlight.Model;

/// <summary>An image caption; never counted as an item.</summary>
public sealed record Figure(
    string Id,
    string Caption,
    LineRange Lines,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<SourceMention> Sources) : IReportNode
{
    // Written to the tree as "caption"; the same text as any node's for tables and rules.
    string IReportNode.Text => Caption;

    /// <summary>The pages of a paged input (PDF) the node stands on, or null for text and HTML.</summary>
    public ImmutableArray<int>? Pages { get; init; }

    /// <summary>Where the caption's first line stands in the input file (a web page's source, a PDF's page); absent for plain text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputPosition? Origin { get; init; }

    /// <summary>Where each character of the text stands in the source; not part of the tree, used to place mentions and findings.</summary>
    [JsonIgnore]
    public SourceMap SourceMap { get; init; }

    /// <summary>Every non-blank input line the node stands on, repeated copies included; not part of the tree.</summary>
    [JsonIgnore]
    public ImmutableArray<int> SourceLines { get; init; } = [];

    /// <summary>How many times the caption is written (a web copy writes alt text and caption); not part of the tree.</summary>
    [JsonIgnore]
    public int Copies { get; init; } = 1;

    /// <summary>The input line that holds an offset of the text.</summary>
    public int LineAt(int offset) => SourceMap.PositionOf(offset).Line;

    /// <summary>The input line and column of an offset of the text.</summary>
    public LinePosition PositionAt(int offset) => SourceMap.PositionOf(offset);
}
