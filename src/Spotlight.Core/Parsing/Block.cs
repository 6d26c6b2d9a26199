using System.Collections.Immutable;

namespace Spotlight.Parsing;

/// <summary>A run of non-blank lines, and how many blank lines set it apart from its neighbours.</summary>
/// <param name="Text">The normalised text the lines are part of.</param>
/// <param name="Ranges">Where each line, trimmed, stands in <paramref name="Text"/>.</param>
/// <remarks>
/// Lines are kept as ranges and made into strings only when asked for: most of a report is long
/// paragraphs whose text is copied once, into the item, and never as a line of its own.
/// </remarks>
internal sealed record Block(int FirstLine, string Text, ImmutableArray<(int Start, int Length)> Ranges, int BlankLinesBefore, int BlankLinesAfter)
{
    public int LineCount => Ranges.Length;

    public int LastLine => FirstLine + Ranges.Length - 1;

    public ReadOnlySpan<char> LineSpan(int index) => Text.AsSpan(Ranges[index].Start, Ranges[index].Length);

    /// <summary>A line as a string, made when asked: kept, the strings of a long text's lines would outweigh the text.</summary>
    public string Line(int index) => LineSpan(index).ToString();

    /// <summary>Every line as a string.</summary>
    public IReadOnlyList<string> Lines => Enumerable.Range(0, Ranges.Length).Select(Line).ToArray();
}
