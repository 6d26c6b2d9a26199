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
            SourceMap = unit.Map, Pages = PagesOf(unit.Map), SourceLines = unit.SourceLines, Copies = unit.Copies,
        });
        FirstLine = Math.Min(FirstLine, unit.FirstLine);
        _lastLine = Math.Max(_lastLine, unit.LastLine);
    }

    /// <summary>The pages the node's lines stand on; null when the input has no pages.</summary>
    private ImmutableArray<int>? PagesOf(SourceMap map) =>
        source.HasPages ? map.PieceLines().Select(source.PageOf).Distinct().Order().ToImmutableArray() : null;

    public Section Build() => new Section(
        Id, Kind, Heading, region,
        new LineRange(FirstLine, _lastLine),
        _items.Select((pending, i) => pending.Build($"{Id}-{i + 1}") is var item ? item with { Pages = PagesOf(item.SourceMap) } : null!)
            .ToImmutableArray(),
        _figures.ToImmutableArray()) { HeadingLine = HeadingLine };
}

/// <summary>An item while page-break continuations may still be joined to it.</summary>
internal sealed class PendingItem(Unit first)
{
    private readonly JoinedText _text = new(first.Text, first.Map);
    private int _lastLine = first.LastLine;

    /// <summary>Whether the item's text so far ends a sentence.</summary>
    public bool EndsSentence => _text.EndsSentence;

    public void Continue(Unit continuation, LineJoiner joiner)
    {
        _text.Append(continuation.Text, continuation.Map, joiner);
        _lastLine = Math.Max(_lastLine, continuation.LastLine);
    }

    public Item Build(string id) =>
        new(id, first.Marker, _text.Text, new LineRange(first.FirstLine, _lastLine), [], []) { SourceMap = _text.Map };
}
