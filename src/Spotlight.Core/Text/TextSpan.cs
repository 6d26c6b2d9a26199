namespace Spotlight.Text;

/// <summary>
/// A run of a text, in UTF-16 code units from <see cref="Start"/> up to but not including <see cref="End"/>:
/// a mention in a node's text, a parenthesis, a line of the source.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    /// <summary>The span from <paramref name="start"/> up to but not including <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="position"/> is one of the span's characters; its end is not.</summary>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    /// <summary>Whether every character of <paramref name="span"/> is one of this span's.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Whether the spans share a character; spans that only touch do not.</summary>
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start}..{End})";
}
