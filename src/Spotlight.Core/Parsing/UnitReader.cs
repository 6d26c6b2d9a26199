using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Parsing.Layout;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Reads the body's lines by their hints into units: headings (named by the vocabulary), bullets and
/// paragraphs with their wrapped lines joined, captions (a caption written again beside itself is one),
/// footnotes and furniture. It reads hints, never counts blank lines: a blank line only ends what was open.
/// Units are handed on as they are read, so that a long report is never held as units and as sections at once.
/// </summary>
internal sealed class UnitReader(SourceText source, IReadOnlyList<LineHint> hints, BulletLetters letters, SeriesProfile profile,
    string? series, LineJoiner joiner)
{
    /// <summary>Units read and ready to hand on, in the order of the text.</summary>
    private readonly List<Unit> _ready = [];
    private OpenUnit? _open;
    private List<WrittenLine>? _caption;

    /// <summary>The last caption, and the furniture after it, held until what follows shows whether it is written again.</summary>
    private Unit? _held;
    private readonly List<Unit> _heldFurniture = [];

    /// <summary>The lines of the held caption's copies, gathered once: a caption written many times over costs a line each.</summary>
    private ImmutableArray<int>.Builder? _heldLines;

    public IEnumerable<Unit> Read(int bodyStart)
    {
        for (int number = bodyStart; number <= source.LineCount; number++)
        {
            ReadLine(number);
            foreach (var unit in _ready)
                yield return unit;
            _ready.Clear();
        }
        Close();
        Release();
        foreach (var unit in _ready)
            yield return unit;
        _ready.Clear();
    }

    private void ReadLine(int number)
    {
        var span = source.Line(number);
        if (LineMarks.IsBlank(span))
        {
            Close();
            return;
        }
        var hint = hints[number - 1];
        if (hint == LineHint.ListItem)
        {
            // The commonest line: its text is made once, after the marker.
            Close();
            _open = Bullet(span.Trim(), number, WrittenLine.StartOf(source, number, span));
            return;
        }
        string line = span.Trim().ToString();
        int start = WrittenLine.StartOf(source, number, span);
        switch (hint)
        {
            case LineHint.Furniture:
                // A page line inside a paragraph is set aside; the paragraph goes on after it. A footnote stands at
                // the foot of its page, so the page's line ends it.
                if (_open is { Kind: UnitKind.Footnote })
                    CloseOpen();
                Emit(new Unit(UnitKind.Furniture, number, number, line) { FurnitureKind = PageLines.FurnitureKindOf(line) });
                break;
            case LineHint.Caption:
            case LineHint.Continuation when _caption is not null:
                CloseOpen();
                (_caption ??= []).Add(new WrittenLine(line, number, start));
                break;
            case LineHint.Continuation when _open is not null:
                _open.Append(line, number, start, joiner);
                break;
            case LineHint.Heading:
                Close();
                Emit(Heading(line, number));
                break;
            case LineHint.Footnote:
                Close();
                var (mark, text) = FootnoteMarks.Split(line);
                _open = new OpenUnit(UnitKind.Footnote, number, text, mark, SourceMap.At(source.Lines, start + line.Length - text.Length));
                break;
            default:
                Close();
                _open = new OpenUnit(UnitKind.Paragraph, number, line, null, SourceMap.At(source.Lines, start));
                break;
        }
    }

    /// <summary>Hands a unit on, unless it is another copy of the caption held, or furniture after it.</summary>
    private void Emit(Unit unit)
    {
        if (_held is not null && unit.Kind == UnitKind.Furniture)
        {
            _heldFurniture.Add(unit);
            return;
        }
        if (unit.Kind == UnitKind.Caption && _held is { } last && CaptionRecogniser.Key(last.Text) == CaptionRecogniser.Key(unit.Text))
        {
            if (_heldLines is null)
            {
                _heldLines = ImmutableArray.CreateBuilder<int>();
                _heldLines.AddRange(last.SourceLines);
            }
            _heldLines.AddRange(unit.SourceLines);
            _held = last with { LastLine = unit.LastLine, Copies = last.Copies + unit.Copies };
            return;
        }
        Release();
        if (unit.Kind == UnitKind.Caption)
            _held = unit;
        else
            _ready.Add(unit);
    }

    private void Release()
    {
        if (_held is null)
            return;
        _ready.Add(_heldLines is null ? _held : _held with { SourceLines = _heldLines.DrainToImmutable() });
        _heldLines = null;
        _ready.AddRange(_heldFurniture);
        _held = null;
        _heldFurniture.Clear();
    }

    private Unit Heading(string line, int number)
    {
        string text = LineMarks.WithoutFootnoteMark(line);
        if (series is not null && string.Equals(LineMarks.StripMarks(line), series, StringComparison.OrdinalIgnoreCase))
            return new Unit(UnitKind.TitleRepeat, number, number, text);
        if (HeadingRecogniser.IsSummaryLabel(line, profile.SummaryLabels))
            return new Unit(UnitKind.SummaryLabel, number, number, text);
        return HeadingRecogniser.TryMatchKnown(line, profile.Sections, out var arena)
            ? new Unit(UnitKind.Heading, number, number, text, Arena: arena)
            : new Unit(UnitKind.Heading, number, number, text);
    }

    private OpenUnit Bullet(ReadOnlySpan<char> line, int number, int start)
    {
        if (BulletMarker.TryMatch(line, letters, out string marker, out int textStart))
            return new OpenUnit(UnitKind.Bullet, number, line[textStart..].ToString(), marker, SourceMap.At(source.Lines, start + textStart));
        // A glyph alone: its text is on the lines that follow, and the item stands on the glyph's line too.
        if (BulletMarker.IsAlone(line, letters, out marker))
            return new OpenUnit(UnitKind.Bullet, number, "", marker, SourceMap.At(source.Lines, start + line.Length));
        // A list item with no glyph in its text: the marker its page draws (a disc, a number), if any.
        return new OpenUnit(UnitKind.Bullet, number, line.ToString(), source.ListMarker(number), SourceMap.At(source.Lines, start));
    }

    /// <summary>A bullet, paragraph or footnote while its lines are read.</summary>
    private sealed class OpenUnit(UnitKind kind, int firstLine, string firstText, string? marker, SourceMap firstMap)
    {
        private readonly JoinedText _text = new(firstText, firstMap);
        private int? _lastLine;

        public UnitKind Kind => kind;

        public void Append(string line, int number, int sourceOffset, LineJoiner joiner)
        {
            _text.Append(line, sourceOffset, joiner);
            _lastLine = number;
        }

        public Unit Build()
        {
            var (text, map) = _text.Finish();
            return new(kind, firstLine, _lastLine ?? firstLine, text, marker) { Map = map };
        }
    }

    private void Close()
    {
        CloseOpen();
        CloseCaption();
    }

    private void CloseOpen()
    {
        if (_open is not null)
            Emit(_open.Build());
        _open = null;
    }

    /// <summary>Ends a run of caption lines; a caption that repeats the one just before it is another copy of it.</summary>
    private void CloseCaption()
    {
        if (_caption is null)
            return;
        var lines = _caption;
        _caption = null;
        var composed = CaptionRecogniser.Compose(lines, source.Lines, joiner);
        var all = lines.Select(l => l.Line).ToImmutableArray();
        if (composed.Text.Length == 0)
        {
            // Emphasis marks alone: nothing to show, but the lines are the page's, kept as such.
            foreach (var line in lines)
                Emit(new Unit(UnitKind.Furniture, line.Line, line.Line, line.Text) { FurnitureKind = FurnitureKind.Markup });
            return;
        }
        Emit(new Unit(UnitKind.Caption, all[0], all[^1], composed.Text)
        {
            Map = composed.Map,
            SourceLines = all,
            Copies = composed.Copies,
        });
    }
}
