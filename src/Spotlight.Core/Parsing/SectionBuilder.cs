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
        _items.Add(new PendingItem(unit.Marker, unit.Text, new LineRange(unit.FirstLine, unit.LastLine), unit.LineMap, unit.SourceLines));
        _lastLine = Math.Max(_lastLine, unit.LastLine);
    }

    /// <summary>Joins a paragraph cut off by a page break to the last item; <paramref name="joined"/> ends with its text.</summary>
    public void Continue(string joined, Unit continuation)
    {
        var item = _items[^1];
        int shift = joined.Length - continuation.Text.Length;
        var map = item.LineMap.AddRange(continuation.LineMap.Select(start => start with { Offset = start.Offset + shift }));
        _items[^1] = item with
        {
            Text = joined, Lines = item.Lines.Extend(continuation.LastLine), LineMap = map,
            SourceLines = item.SourceLines.AddRange(continuation.SourceLines),
        };
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
        _items.Select((item, i) => new Item($"{Id}-{i + 1}", item.Marker, item.Text, item.Lines, [], [])
            {
                LineMap = item.LineMap,
                Pages = PagesOf(item.LineMap),
                SourceLines = item.SourceLines,
            }).ToImmutableArray(),
        _figures.ToImmutableArray()) { HeadingLine = HeadingLine };
}

internal sealed record PendingItem(string? Marker, string Text, LineRange Lines, ImmutableArray<TextLine> LineMap, ImmutableArray<int> SourceLines);
