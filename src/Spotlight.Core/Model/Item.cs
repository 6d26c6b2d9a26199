using System.Collections.Immutable;
using System.Text.Json.Serialization;

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

    /// <summary>Where each input line starts in the text; not part of the tree, used to give mentions a line.</summary>
    [JsonIgnore]
    public ImmutableArray<TextLine> LineMap { get; init; } = [];

    /// <summary>Every non-blank input line the item stands on; not part of the tree. Unless set, the lines its text was joined from.</summary>
    [JsonIgnore]
    public ImmutableArray<int> SourceLines
    {
        get => _sourceLines.IsDefault ? [.. LineMap.Select(start => start.Line)] : _sourceLines;
        init => _sourceLines = value;
    }

    // Not kept unless it differs from the line map: a text of many short lines would hold a number for each twice.
    private readonly ImmutableArray<int> _sourceLines;

    /// <summary>The input line that holds an offset of the text.</summary>
    public int LineAt(int offset) => TextLine.LineAt(LineMap, offset);
}
