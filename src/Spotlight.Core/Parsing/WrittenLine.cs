using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>A line of the source trimmed, with its 1-based number and where its first non-blank character stands in the source.</summary>
internal readonly record struct WrittenLine(string Text, int Line, int SourceOffset)
{
    public static WrittenLine Of(SourceText source, int number)
    {
        var span = source.Line(number);
        var text = span.TrimStart();
        return new WrittenLine(text.TrimEnd().ToString(), number, StartOf(source, number, span));
    }

    /// <summary>Where the first non-blank character of line <paramref name="number"/>, read as <paramref name="span"/>, stands in the source.</summary>
    public static int StartOf(SourceText source, int number, ReadOnlySpan<char> span) =>
        source.Lines.Start(number) + span.Length - span.TrimStart().Length;
}
