using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Parsing;

/// <summary>What the top of a report says about it, and where its body starts.</summary>
/// <param name="BodyStartLine">The first line after the header.</param>
/// <param name="SeriesLine">The line the series was read from.</param>
/// <param name="Furniture">Lines of the header that are none of the others: a repost site's text, a stray line.</param>
internal sealed record Header(
    string? Series,
    Period? Period,
    ImmutableArray<Author> Authors,
    int BodyStartLine,
    int? SeriesLine,
    ImmutableArray<Furniture> Furniture);
