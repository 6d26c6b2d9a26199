using System.Collections.Immutable;
using System.Text;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// The text of an item or unit while lines and page-break continuations are joined to it, with where each input line
/// starts in it and every line it stands on. It is built in place, so that a text joined many times costs time in
/// proportion to its length; a text never joined is never copied.
/// </summary>
internal sealed class JoinedText(string first, ImmutableArray<TextLine> firstMap)
{
    private StringBuilder? _text;
    private ImmutableArray<TextLine>.Builder? _map;

    /// <summary>Joins <paramref name="text"/> (hyphen breaks repaired), its map shifted to where it lands.</summary>
    public void Append(string text, ImmutableArray<TextLine> map, LineJoiner joiner)
    {
        Start(text.Length);
        joiner.Append(_text, text);
        int shift = _text.Length - text.Length;
        foreach (var start in map)
            _map.Add(start with { Offset = start.Offset + shift });
    }

    /// <summary>Joins one input line: the commonest join, made without a map of its own.</summary>
    public void Append(string line, int number, LineJoiner joiner)
    {
        Start(line.Length);
        joiner.Append(_text, line);
        _map.Add(new TextLine(_text.Length - line.Length, number));
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_text), nameof(_map))]
    private void Start(int length)
    {
        if (_text is not null && _map is not null)
            return;
        _text = new StringBuilder(first, first.Length + length + 64);
        _map = firstMap.ToBuilder();
    }

    /// <summary>Whether the text so far ends a sentence (the end alone decides, so only the end is read).</summary>
    public bool EndsSentence =>
        SentenceEnd.IsComplete(_text is null ? first : _text.ToString(Math.Max(0, _text.Length - 64), Math.Min(64, _text.Length)));

    public string Text => _text?.ToString() ?? first;

    public ImmutableArray<TextLine> LineMap => _map?.ToImmutable() ?? firstMap;

}
