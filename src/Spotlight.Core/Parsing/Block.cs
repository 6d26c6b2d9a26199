using System.Collections.Immutable;

namespace Spotlight.Parsing;

/// <summary>A run of non-blank lines, and how many blank lines set it apart from its neighbours.</summary>
/// <param name="Lines">The lines, trimmed.</param>
internal sealed record Block(int FirstLine, ImmutableArray<string> Lines, int BlankLinesBefore, int BlankLinesAfter)
{
    public int LastLine => FirstLine + Lines.Length - 1;
}
