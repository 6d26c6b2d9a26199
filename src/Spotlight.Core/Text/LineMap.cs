namespace Spotlight.Text;

/// <summary>
/// Where each line of a normalised text (LF line ends) starts, and so the line and column of any position in it.
/// A final line end does not open another line, so an empty text has no lines.
/// </summary>
/// <remarks>
/// The starts are kept in blocks of <see cref="BlockLines"/> lines: the block's first start in full, each line's as two
/// bytes from it, and a block whose lines run past what two bytes reach in full on its own. A text of millions of short
/// lines then costs a little over two bytes a line, not four.
/// </remarks>
public sealed class LineMap
{
    private const int Shift = 4;
    private const int BlockLines = 1 << Shift;

    private readonly int[] _anchors;
    private readonly ushort[] _offsets;
    private readonly Dictionary<int, int[]>? _wide;
    // Where the last line's text ends: before the text's final line end, if it has one.
    private readonly int _lastLineEnd;

    private LineMap(int count, int[] anchors, ushort[] offsets, Dictionary<int, int[]>? wide, int textLength, int lastLineEnd)
    {
        Count = count;
        _anchors = anchors;
        _offsets = offsets;
        _wide = wide;
        TextLength = textLength;
        _lastLineEnd = lastLineEnd;
    }

    public static LineMap Of(string text)
    {
        // Counted first, so that a text of many short lines is not indexed into arrays grown and thrown away.
        int count = text.Length == 0 ? 0 : text.AsSpan(0, text.Length - 1).Count('\n') + 1;
        var anchors = new int[(count + BlockLines - 1) >> Shift];
        var offsets = new ushort[count];
        Dictionary<int, int[]>? wide = null;
        int[]? block = null;
        int start = 0;
        for (int line = 0; line < count; line++)
        {
            int b = line >> Shift, inBlock = line & (BlockLines - 1);
            if (inBlock == 0)
                anchors[b] = start;
            int offset = start - anchors[b];
            if (offset > ushort.MaxValue && block is null)
            {
                // The block's starts in full, those before this line too.
                block = new int[BlockLines];
                for (int i = 0; i < inBlock; i++)
                    block[i] = anchors[b] + offsets[(b << Shift) + i];
                (wide ??= [])[b] = block;
            }
            if (block is not null)
                block[inBlock] = start;
            else
                offsets[line] = (ushort)offset;
            if (inBlock == BlockLines - 1)
                block = null;
            int end = text.IndexOf('\n', start);
            start = end + 1;
        }
        return new LineMap(count, anchors, offsets, wide, text.Length, text.EndsWith('\n') ? text.Length - 1 : text.Length);
    }

    public int Count { get; }

    public int TextLength { get; }

    public int Start(int line)
    {
        int index = line - 1;
        if ((uint)index >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(line), line, $"a line of a text of {Count} lines");
        int b = index >> Shift;
        return _wide is not null && _wide.TryGetValue(b, out var block) ? block[index & (BlockLines - 1)] : _anchors[b] + _offsets[index];
    }

    public TextSpan Span(int line)
    {
        int start = Start(line);
        int end = line < Count ? Start(line + 1) - 1 : _lastLineEnd;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>The line holding a position: the last line starting at or before it (line 1 for a text of no lines).</summary>
    public int LineOf(int position)
    {
        if ((uint)position > (uint)TextLength)
            throw new ArgumentOutOfRangeException(nameof(position), position, $"a position of a text of {TextLength} characters");
        if (Count == 0)
            return 1;
        int index = Array.BinarySearch(_anchors, position);
        // Not found: the complement is the first block starting after the position, so the one before holds it.
        int b = index >= 0 ? index : Math.Max(~index - 1, 0);
        int line = b << Shift, last = Math.Min(line + BlockLines, Count) - 1;
        while (line < last && Start(line + 2) <= position)
            line++;
        return line + 1;
    }

    public LinePosition PositionOf(int position)
    {
        int line = LineOf(position);
        int start = Count == 0 ? 0 : Start(line);
        return new LinePosition(line, position - start + 1);
    }
}
