using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// A run of non-blank lines, and how many blank lines set it apart from its neighbours (counted up to
/// <see cref="BlockList.MostBlankLinesCounted"/>).
/// </summary>
/// <param name="Source">The normalised text the lines are part of.</param>
/// <remarks>
/// Lines are read from the source when asked for, trimmed, and made into strings only then: most of a report
/// is long paragraphs whose text is copied once, into the item, and never as a line of its own; and a text of
/// many short lines would hold more in a table of its lines than in the lines themselves.
/// </remarks>
internal readonly record struct Block(SourceText Source, int FirstLine, int LineCount, int BlankLinesBefore, int BlankLinesAfter)
{
    public int LastLine => FirstLine + LineCount - 1;

    public ReadOnlySpan<char> LineSpan(int index) => Source.Line(FirstLine + index).Trim();

    /// <summary>Line <paramref name="index"/> trimmed, with its number and where it starts in the source.</summary>
    public WrittenLine Written(int index) => WrittenLine.Of(Source, FirstLine + index);

    /// <summary>A line as a string, made when asked: kept, the strings of a long text's lines would outweigh the text.</summary>
    public string Line(int index) => LineSpan(index).ToString();

    public IReadOnlyList<string> Lines => Enumerable.Range(0, LineCount).Select(Line).ToArray();
}
