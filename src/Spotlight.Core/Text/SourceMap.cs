using System.Collections.Immutable;

namespace Spotlight.Text;

/// <summary>
/// Where each character of a node's text stands in the normalised source. The text is joined from pieces of source
/// lines (trimmed, a bullet's marker left out, a hyphen at a break dropped, furniture between them skipped), one
/// <see cref="SourceSegment"/> a piece, in the order of the text; a piece is mostly a line, so the map costs a pair of
/// numbers a line. The default map has no pieces and places nothing, as for a node read back from a tree.
/// </summary>
public readonly record struct SourceMap(LineMap? Lines, ImmutableArray<SourceSegment> Segments)
{
    /// <summary>A text that is one piece, starting at <paramref name="sourceOffset"/>.</summary>
    public static SourceMap At(LineMap lines, int sourceOffset) => new(lines, [new SourceSegment(0, sourceOffset)]);

    public bool IsEmpty => Lines is null || Segments.IsDefaultOrEmpty;

    /// <summary>
    /// Where offset <paramref name="offset"/> of the text stands in the source, or -1 for an empty map. A character the
    /// joining put in (the space between two lines) stands just past the end of the piece before it.
    /// </summary>
    public int SourceOffsetOf(int offset)
    {
        if (IsEmpty)
            return -1;
        var segment = Segments[SegmentOf(offset)];
        return Math.Clamp(segment.SourceOffset + offset - segment.TextOffset, 0, Lines!.TextLength);
    }

    /// <summary>The source line and column of offset <paramref name="offset"/> of the text; <c>default</c> for an empty map.</summary>
    public LinePosition PositionOf(int offset) => IsEmpty ? default : Lines!.PositionOf(SourceOffsetOf(offset));

    /// <summary>The source line of each piece, in the order of the text; a line split into pieces is named once.</summary>
    public ImmutableArray<int> PieceLines()
    {
        if (IsEmpty)
            return [];
        var lines = ImmutableArray.CreateBuilder<int>(Segments.Length);
        foreach (var segment in Segments)
        {
            int line = Lines!.LineOf(segment.SourceOffset);
            if (lines.Count == 0 || lines[^1] != line)
                lines.Add(line);
        }
        return lines.DrainToImmutable();
    }

    /// <summary>The last piece starting at or before <paramref name="offset"/> (the first piece for an offset before all).</summary>
    private int SegmentOf(int offset)
    {
        int lo = 0, hi = Segments.Length - 1, found = 0;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (Segments[mid].TextOffset <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }
}
