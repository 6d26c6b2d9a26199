using System.Collections.Immutable;
using System.Text;
using Spotlight.Model;

namespace Spotlight.Parsing;

/// <summary>
/// The text of an item or unit while lines and page-break continuations are joined to it, with where each input line
/// starts in it and every line it stands on. It is built in place, so that a text joined many times costs time in
/// proportion to its length; a text never joined is never copied.
/// </summary>
internal sealed class JoinedText(string first, ImmutableArray<TextLine> firstMap, ImmutableArray<int> firstLines)
{
    private StringBuilder? _text;
    private ImmutableArray<TextLine>.Builder? _map;
    private ImmutableArray<int>.Builder? _lines;

    /// <summary>Joins <paramref name="text"/> (hyphen breaks repaired), its map shifted to where it lands.</summary>
    public void Append(string text, ImmutableArray<TextLine> map, ImmutableArray<int> lines, LineJoiner joiner)
    {
        if (_text is null)
        {
            _text = new StringBuilder(first, first.Length + text.Length + 64);
            _map = firstMap.ToBuilder();
            _lines = firstLines.ToBuilder();
        }
        joiner.Append(_text, text);
        int shift = _text.Length - text.Length;
        foreach (var start in map)
            _map!.Add(start with { Offset = start.Offset + shift });
        _lines!.AddRange(lines);
    }

    /// <summary>Whether the text so far ends a sentence (the end alone decides, so only the end is read).</summary>
    public bool EndsSentence =>
        SentenceEnd.IsComplete(_text is null ? first : _text.ToString(Math.Max(0, _text.Length - 64), Math.Min(64, _text.Length)));

    public string Text => _text?.ToString() ?? first;

    public ImmutableArray<TextLine> LineMap => _map?.ToImmutable() ?? firstMap;

    public ImmutableArray<int> SourceLines => _lines?.ToImmutable() ?? firstLines;
}
