using System.Collections.Immutable;

namespace Spotlight.Model;

/// <summary>A bullet paragraph, with its page-break continuations joined.</summary>
/// <param name="Marker">The bullet glyph as written, or null for a plain paragraph.</param>
public sealed record Item(
    string Id,
    string? Marker,
    string Text,
    LineRange Lines,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<SourceMention> Sources);
