using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Spotlight.Text;

namespace Spotlight.Model;

/// <summary>A bullet paragraph, with its page-break continuations joined.</summary>
/// <param name="Marker">The bullet glyph as written, or null for a plain paragraph.</param>
public sealed record Item(
    string Id,
    string? Marker,
    string Text,
    LineRange Lines,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<SourceMention> Sources) : IReportNode
{
    /// <summary>The pages of a paged input (PDF) the node stands on, or null for text and HTML.</summary>
    public ImmutableArray<int>? Pages { get; init; }

    /// <summary>Where the item's first line stands in the input file (a web page's source, a PDF's page); absent for plain text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputPosition? Origin { get; init; }

    /// <summary>Where each character of the text stands in the source; not part of the tree, used to place mentions and findings.</summary>
    [JsonIgnore]
    public SourceMap SourceMap { get; init; }

    /// <summary>Every non-blank input line the item stands on; not part of the tree. Unless set, the lines its text was joined from.</summary>
    [JsonIgnore]
    public ImmutableArray<int> SourceLines
    {
        get => _sourceLines.IsDefault ? SourceMap.PieceLines(Text.Length) : _sourceLines;
        init => _sourceLines = value;
    }

    // Not kept unless it differs from the line map: a text of many short lines would hold a number for each twice.
    private readonly ImmutableArray<int> _sourceLines;

    /// <summary>The first and last of <see cref="SourceLines"/>, found without making them unless they are kept; null when there are none.</summary>
    [JsonIgnore]
    public (int First, int Last)? SourceLineSpan =>
        !_sourceLines.IsDefault ? (_sourceLines.IsEmpty ? null : (_sourceLines.Min(), _sourceLines.Max())) : SourceMap.PieceLineSpan(Text.Length);

    /// <summary>The input line that holds an offset of the text.</summary>
    public int LineAt(int offset) => SourceMap.PositionOf(offset).Line;

    /// <summary>The input line and column of an offset of the text.</summary>
    public LinePosition PositionAt(int offset) => SourceMap.PositionOf(offset);
}
