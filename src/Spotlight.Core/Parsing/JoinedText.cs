using System.Text;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// The text of an item or unit while lines and page-break continuations are joined to it, with where each piece of it
/// stands in the source. It is built in place, so that a text joined many times costs time in proportion to its
/// length; a text never joined is never copied.
/// </summary>
internal sealed class JoinedText(string first, SourceMap firstMap)
{
    private StringBuilder? _text;
    private SourcePieces.Builder? _segments;

    /// <summary>Joins <paramref name="text"/> (hyphen breaks repaired), its pieces moved to where they land.</summary>
    public void Append(string text, SourceMap map, LineJoiner joiner)
    {
        Start(text.Length);
        joiner.Append(_text, text);
        // The join keeps the text from its first non-blank character on, so that is where it lands.
        int landed = _text.Length - text.AsSpan().TrimStart().Length;
        int shift = _text.Length - text.Length;
        foreach (var segment in map.Segments)
        {
            int at = segment.TextOffset + shift;
            Add(at >= landed ? new SourceSegment(at, segment.SourceOffset)
                : new SourceSegment(landed, segment.SourceOffset + landed - at));
        }
    }

    /// <summary>Joins one input line whose text starts at <paramref name="sourceOffset"/>: the commonest join.</summary>
    public void Append(string line, int sourceOffset, LineJoiner joiner)
    {
        Start(line.Length);
        joiner.Append(_text, line);
        int kept = line.AsSpan().TrimStart().Length;
        Add(new SourceSegment(_text.Length - kept, sourceOffset + line.Length - kept));
    }

    private void Add(SourceSegment segment)
    {
        if (_segments!.Count == 0 || !SourceMap.Continues(_segments.Last, segment))
            _segments.Add(segment);
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_text), nameof(_segments))]
    private void Start(int length)
    {
        if (_text is not null && _segments is not null)
            return;
        _text = new StringBuilder(first, first.Length + length + 64);
        _segments = new SourcePieces.Builder();
        foreach (var segment in firstMap.Segments)
            _segments.Add(segment);
    }

    /// <summary>Whether the text so far ends a sentence (the end alone decides, so only the end is read).</summary>
    public bool EndsSentence =>
        SentenceEnd.IsComplete(_text is null ? first : _text.ToString(Math.Max(0, _text.Length - 64), Math.Min(64, _text.Length)));

    /// <summary>
    /// The text and its map, once: each buffer is let go as soon as it is copied out, the pieces first, so that a long
    /// paragraph is never held in both its buffers and both its copies (for a paragraph of hyphen breaks, eight times
    /// its size at once).
    /// </summary>
    public (string Text, SourceMap Map) Finish()
    {
        if (_text is null || _segments is null)
            return (first, firstMap);
        var map = firstMap with { Segments = _segments.ToPieces() };
        _segments = null;
        string text = _text.ToString();
        _text = null;
        // Finished, the text is as if it had been given whole.
        (first, firstMap) = (text, map);
        return (text, map);
    }
}
