using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// A section while it is being assembled: each item and figure is handed to <paramref name="built"/> as soon as nothing
/// later can change it (only the last item can still be continued); <see cref="Build"/> gives the section itself.
/// </summary>
internal sealed class SectionBuilder(string id, SectionKind kind, string? heading, string? region, int firstLine, SourceText source,
    Action<SectionPart> built)
{
    private int _itemCount, _figureCount;
    private PendingItem? _last;
    private int _lastLine = firstLine;

    public string Id { get; } = id;
    public SectionKind Kind { get; } = kind;
    public string? Heading { get; set; } = heading;
    public int FirstLine { get; set; } = firstLine;
    public int? HeadingLine { get; set; }
    public int ItemCount => _itemCount + (_last is null ? 0 : 1);
    public PendingItem? LastItem => _last;

    public void AddItem(Unit unit)
    {
        BuildLast();
        _last = new PendingItem(unit);
        _lastLine = Math.Max(_lastLine, unit.LastLine);
    }

    /// <summary>Joins a paragraph cut off by a page break to the last item.</summary>
    public void Continue(Unit continuation, LineJoiner joiner)
    {
        _last!.Continue(continuation, joiner);
        _lastLine = Math.Max(_lastLine, continuation.LastLine);
    }

    public void AddFigure(Unit unit)
    {
        built(new SectionPart.OfFigure(new Figure($"{Id}-fig-{++_figureCount}", unit.Text,
            new LineRange(unit.FirstLine, unit.LastLine), [], [])
        {
            SourceMap = unit.Map, Pages = PagesOf(unit.Map, unit.Text.Length), SourceLines = unit.SourceLines, Copies = unit.Copies,
        }, Kind));
        FirstLine = Math.Min(FirstLine, unit.FirstLine);
        _lastLine = Math.Max(_lastLine, unit.LastLine);
    }

    /// <summary>The pages the node's lines stand on; null when the input has no pages.</summary>
    private ImmutableArray<int>? PagesOf(SourceMap map, int textLength) =>
        source.HasPages ? map.PieceLines(textLength).Select(source.PageOf).Distinct().Order().ToImmutableArray() : null;

    private void BuildLast()
    {
        if (_last is not null)
            built(new SectionPart.OfItem(_last.Build($"{Id}-{++_itemCount}", PagesOf), Kind));
        _last = null;
    }

    /// <summary>Hands on the last item; the section, its items and figures left empty (they were handed on as built).</summary>
    public Section Build()
    {
        BuildLast();
        return new Section(Id, Kind, Heading, region, new LineRange(FirstLine, _lastLine), [], []) { HeadingLine = HeadingLine };
    }
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

    /// <param name="pagesOf">The pages a text's map and length stand on.</param>
    public Item Build(string id, Func<SourceMap, int, ImmutableArray<int>?> pagesOf)
    {
        var (text, map) = _text.Finish();
        return new(id, first.Marker, text, new LineRange(first.FirstLine, _lastLine), [], [])
            { SourceMap = map, Pages = pagesOf(map, text.Length) };
    }
}
