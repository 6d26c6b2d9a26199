using System.Collections.Immutable;

namespace Spotlight.Model;

public sealed record Report(
    string? Series,
    Period? Period,
    ImmutableArray<Author> Authors,
    ImmutableArray<Section> Sections);
