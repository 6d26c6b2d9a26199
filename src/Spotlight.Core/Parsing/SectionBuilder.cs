using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>A section while it is being assembled; <see cref="Build"/> freezes it into the model.</summary>
internal sealed class SectionBuilder(string id, SectionKind kind, string? heading, string? region, int firstLine, SourceText source)
{
    private readonly List<PendingItem> _items = [];
    private readonly List<Figure> _figures = [];
    private int _lastLine = firstLine;

    public string Id { get; } = id;
    public SectionKind Kind { get; } = kind;
    public string? Heading { get; set; } = heading;
    public int FirstLine { get; set; } = firstLine;
    public int? HeadingLine { get; set; }
    public int ItemCount => _items.Count;
    public bool IsEmpty => _items.Count == 0 && _figures.Count == 0;
    public PendingItem? LastItem => _items.Count > 0 ? _items[^1] : null;

    public void AddItem(Unit unit)
    {
        _items.Add(new PendingItem(unit));
        _lastLine = Math.Max(_lastLine, unit.LastLine);
    }

    /// <summary>Joins a paragraph cut off by a page break to the last item.</summary>
    public void Continue(Unit continuation, LineJoiner joiner)
    {
        _items[^1].Continue(continuation, joiner);
        _lastLine = Math.Max(_lastLine, continuation.LastLine);
    }

    public void AddFigure(Unit unit)
    {
        _figures.Add(new Figure($"{Id}-fig-{_figures.Count + 1}", unit.Text,
            new LineRange(unit.FirstLine, unit.LastLine), [], [])
        {
            LineMap = unit.LineMap, Pages = PagesOf(unit.LineMap), SourceLines = unit.SourceLines, Copies = unit.Copies,
        });
        FirstLine = Math.Min(FirstLine, unit.FirstLine);
        _lastLine = Math.Max(_lastLine, unit.LastLine);
    }

    /// <summary>The pages the node's lines stand on; null when the input has no pages.</summary>
    private ImmutableArray<int>? PagesOf(ImmutableArray<TextLine> lineMap) =>
        source.HasPages ? lineMap.Select(start => source.PageOf(start.Line)).Distinct().Order().ToImmutableArray() : null;

    public Section Build() => new Section(
        Id, Kind, Heading, region,
        new LineRange(FirstLine, _lastLine),
        _items.Select((pending, i) => pending.Build($"{Id}-{i + 1}") is var item ? item with { Pages = PagesOf(item.LineMap) } : null!)
            .ToImmutableArray(),
        _figures.ToImmutableArray()) { HeadingLine = HeadingLine };
}

/// <summary>
/// An item while page-break continuations may still be joined to it. Its text is built in place, so that an item
/// continued many times costs time in proportion to its length; an item never continued is never copied.
/// </summary>
internal sealed class PendingItem(Unit first)
{
    private System.Text.StringBuilder? _text;
    private ImmutableArray<TextLine>.Builder? _map;
    private ImmutableArray<int>.Builder? _lines;
    private int _lastLine = first.LastLine;

    /// <summary>Whether the item's text so far ends a sentence (the end alone decides, so only the end is read).</summary>
    public bool EndsSentence => SentenceEnd.IsComplete(_text is null ? first.Text : _text.ToString(Math.Max(0, _text.Length - 64), Math.Min(64, _text.Length)));

    public void Continue(Unit continuation, LineJoiner joiner)
    {
        if (_text is null)
        {
            _text = new System.Text.StringBuilder(first.Text, first.Text.Length + continuation.Text.Length + 64);
            _map = first.LineMap.ToBuilder();
            _lines = first.SourceLines.ToBuilder();
        }
        joiner.Append(_text, continuation.Text);
        int shift = _text.Length - continuation.Text.Length;
        foreach (var start in continuation.LineMap)
            _map!.Add(start with { Offset = start.Offset + shift });
        _lines!.AddRange(continuation.SourceLines);
        _lastLine = Math.Max(_lastLine, continuation.LastLine);
    }

    public Item Build(string id) => _text is null
        ? new Item(id, first.Marker, first.Text, new LineRange(first.FirstLine, first.LastLine), [], []) { LineMap = first.LineMap, SourceLines = first.SourceLines }
        : new Item(id, first.Marker, _text.ToString(), new LineRange(first.FirstLine, _lastLine), [], []) { LineMap = _map!.ToImmutable(), SourceLines = _lines!.ToImmutable() };
}
