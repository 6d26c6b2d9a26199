using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Parsing;

/// <summary>What the top of a report says about it, and where its body starts.</summary>
/// <param name="BodyStartLine">The first line after the header.</param>
internal sealed record Header(
    string? Series,
    Period? Period,
    ImmutableArray<Author> Authors,
    int BodyStartLine);
