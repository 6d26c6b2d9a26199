namespace Spotlight.Text;

/// <summary>
/// Where each line of a normalised text (LF line ends) starts, and so the line and column of any position in it.
/// A final line end does not open another line, so an empty text has no lines.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _starts;
    // Where the last line's text ends: before the text's final line end, if it has one.
    private readonly int _lastLineEnd;

    private LineMap(int[] starts, int textLength, int lastLineEnd)
    {
        _starts = starts;
        TextLength = textLength;
        _lastLineEnd = lastLineEnd;
    }

    /// <summary>The lines of <paramref name="text"/>, which has no CR left.</summary>
    public static LineMap Of(string text)
    {
        // Counted first, so that a text of many short lines is not indexed into arrays grown and thrown away.
        int count = text.Length == 0 ? 0 : text.AsSpan(0, text.Length - 1).Count('\n') + 1;
        var starts = new int[count];
        int n = 0;
        if (text.Length > 0)
            starts[n++] = 0;
        for (int i = text.IndexOf('\n'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
            starts[n++] = i + 1;
        return new LineMap(starts, text.Length, text.EndsWith('\n') ? text.Length - 1 : text.Length);
    }

    public int Count => _starts.Length;

    /// <summary>The length of the text mapped; the position just past its last character is its end.</summary>
    public int TextLength { get; }

    /// <summary>Where line <paramref name="line"/> (1-based) starts in the text.</summary>
    public int Start(int line) => _starts[line - 1];

    /// <summary>Line <paramref name="line"/> (1-based) without its line end.</summary>
    public TextSpan Span(int line)
    {
        int start = _starts[line - 1];
        int end = line < _starts.Length ? _starts[line] - 1 : _lastLineEnd;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>
    /// The 1-based line that holds <paramref name="position"/>. A line end belongs to the line it ends, and the end of
    /// the text to the last line (line 1 of an empty text).
    /// </summary>
    public int LineOf(int position)
    {
        if ((uint)position > (uint)TextLength)
            throw new ArgumentOutOfRangeException(nameof(position), position, $"a position of a text of {TextLength} characters");
        int index = Array.BinarySearch(_starts, position);
        // Not found: the complement is the first line starting after the position, so the one before holds it.
        return index >= 0 ? index + 1 : Math.Max(~index, 1);
    }

    /// <summary>The 1-based line and column of <paramref name="position"/>.</summary>
    public LinePosition PositionOf(int position)
    {
        int line = LineOf(position);
        int start = _starts.Length == 0 ? 0 : _starts[line - 1];
        return new LinePosition(line, position - start + 1);
    }
}
