using System.Collections.Immutable;

namespace Spotlight.Text;

/// <summary>
/// Where each character of a node's text stands in the normalised source. The text is joined from pieces of source
/// lines (trimmed, a bullet's marker left out, a hyphen at a break dropped, furniture between them skipped), one
/// <see cref="SourceSegment"/> a piece, in the order of the text; a piece is mostly a line, so the map costs a pair of
/// numbers a line. The default map has no pieces and places nothing, as for a node read back from a tree.
/// </summary>
public readonly record struct SourceMap(LineMap? Lines, SourcePieces Segments)
{
    private readonly SourcePieces? _segments = Segments;

    /// <summary>The pieces; none for the default map.</summary>
    public SourcePieces Segments { get => _segments ?? SourcePieces.Empty; init => _segments = value; }

    /// <summary>A text that is one piece, starting at <paramref name="sourceOffset"/>.</summary>
    public static SourceMap At(LineMap lines, int sourceOffset) => new(lines, [new SourceSegment(0, sourceOffset)]);

    public bool IsEmpty => Lines is null || Segments.Count == 0;

    /// <summary>
    /// Where offset <paramref name="offset"/> of the text stands in the source, or -1 for an empty map. A character the
    /// joining put in (the space between two lines) stands just past the end of the piece before it.
    /// </summary>
    public int SourceOffsetOf(int offset)
    {
        if (IsEmpty)
            return -1;
        var segment = Segments[Segments.IndexAt(offset)];
        return Math.Clamp(segment.SourceOffset + offset - segment.TextOffset, 0, Lines!.TextLength);
    }

    /// <summary>The source line and column of offset <paramref name="offset"/> of the text; <c>default</c> for an empty map.</summary>
    public LinePosition PositionOf(int offset) => IsEmpty ? default : Lines!.PositionOf(SourceOffsetOf(offset));

    /// <summary>
    /// The source lines the pieces stand on, in the order of the text, for a text of <paramref name="textLength"/>
    /// characters; a line split into pieces is named once, and a piece that runs over several lines (lines joined
    /// where the source's line end became the text's space) names each of them.
    /// </summary>
    public ImmutableArray<int> PieceLines(int textLength)
    {
        if (IsEmpty)
            return [];
        var lines = ImmutableArray.CreateBuilder<int>(Segments.Count);
        // Each piece ends where the next starts, so each is named once the next is seen.
        SourceSegment? previous = null;
        foreach (var segment in Segments)
        {
            if (previous is { } before)
                AddLines(lines, before, segment.TextOffset);
            previous = segment;
        }
        AddLines(lines, previous!.Value, textLength);
        return lines.DrainToImmutable();
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on where <paramref name="last"/> stands, text and source advancing together
    /// (a line end joined as a space): the two are one piece, and a paragraph of many short lines costs one.
    /// </summary>
    public static bool Continues(SourceSegment last, SourceSegment next) =>
        next.TextOffset - last.TextOffset == next.SourceOffset - last.SourceOffset;

    /// <summary>
    /// The first and last of <see cref="PieceLines"/>, found without making them (a paragraph of a million short lines
    /// would make a million numbers); null for an empty map.
    /// </summary>
    public (int First, int Last)? PieceLineSpan(int textLength)
    {
        if (IsEmpty)
            return null;
        int first = int.MaxValue, last = int.MinValue;
        SourceSegment? previous = null;
        foreach (var segment in Segments)
        {
            if (previous is { } before)
                (first, last) = Widen((first, last), LinesOf(before, segment.TextOffset));
            previous = segment;
        }
        return Widen((first, last), LinesOf(previous!.Value, textLength));

        static (int, int) Widen((int First, int Last) span, (int First, int Last) piece) =>
            (Math.Min(span.First, piece.First), Math.Max(span.Last, piece.Last));
    }

    /// <summary>The lines a piece running to text offset <paramref name="end"/> stands on, each named once.</summary>
    private void AddLines(ImmutableArray<int>.Builder lines, SourceSegment segment, int end)
    {
        var (first, last) = LinesOf(segment, end);
        for (int line = first; line <= last; line++)
        {
            if (lines.Count == 0 || lines[^1] != line)
                lines.Add(line);
        }
    }

    /// <summary>The first and last line of a piece running to text offset <paramref name="end"/>.</summary>
    private (int First, int Last) LinesOf(SourceSegment segment, int end)
    {
        int first = Lines!.LineOf(segment.SourceOffset);
        // The piece's last character; a space the joining put after it stands on its own line's end.
        int last = end - segment.TextOffset > 1 ? Lines.LineOf(Math.Min(segment.SourceOffset + end - segment.TextOffset - 1, Lines.TextLength)) : first;
        return (first, last);
    }
}
