using System.Collections.Immutable;

namespace Spotlight.Model;

/// <summary>An image caption; never counted as an item.</summary>
public sealed record Figure(
    string Id,
    string Caption,
    LineRange Lines,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<SourceMention> Sources);
