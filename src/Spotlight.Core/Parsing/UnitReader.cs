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
/// </summary>
internal sealed class UnitReader(SourceText source, IReadOnlyList<LineHint> hints, BulletLetters letters, SectionTable sections,
    string? series, LineJoiner joiner)
{
    private readonly List<Unit> _units = [];
    private Unit? _open;
    private List<(string Text, int Line)>? _caption;

    public List<Unit> Read(int bodyStart)
    {
        for (int number = bodyStart; number <= source.LineCount; number++)
        {
            var span = source.Line(number);
            if (LineText.IsBlank(span))
            {
                Close();
                continue;
            }
            var hint = hints[number - 1];
            if (hint == LineHint.ListItem)
            {
                // The commonest line: its text is made once, after the marker.
                Close();
                _open = Bullet(span.Trim(), number);
                continue;
            }
            string line = span.Trim().ToString();
            switch (hint)
            {
                case LineHint.Furniture:
                    // A page line inside a paragraph is set aside; the paragraph goes on after it.
                    _units.Add(new Unit(UnitKind.Furniture, number, number, line) { Furniture = PageLines.KindOf(line) ?? FurnitureKind.RunningHeader });
                    break;
                case LineHint.Caption:
                case LineHint.Continuation when _caption is not null:
                    CloseOpen();
                    (_caption ??= []).Add((line, number));
                    break;
                case LineHint.Continuation when _open is not null:
                    _open = Join(_open, line, number);
                    break;
                case LineHint.Heading:
                    Close();
                    _units.Add(Heading(line, number));
                    break;
                case LineHint.Footnote:
                    Close();
                    var (mark, text) = FootnoteMarks.Split(line);
                    _open = new Unit(UnitKind.Footnote, number, number, text, mark);
                    break;
                default:
                    Close();
                    _open = new Unit(UnitKind.Paragraph, number, number, line);
                    break;
            }
        }
        Close();
        return _units;
    }

    private Unit Heading(string line, int number)
    {
        string text = LineText.WithoutFootnoteMark(line);
        if (series is not null && string.Equals(LineText.StripMarks(line), series, StringComparison.OrdinalIgnoreCase))
            return new Unit(UnitKind.TitleRepeat, number, number, text);
        if (HeadingRecogniser.IsSummaryLabel(line))
            return new Unit(UnitKind.SummaryLabel, number, number, text);
        return HeadingRecogniser.TryMatchKnown(line, sections, out var arena)
            ? new Unit(UnitKind.Heading, number, number, text, Arena: arena)
            : new Unit(UnitKind.Heading, number, number, text);
    }

    private Unit Bullet(ReadOnlySpan<char> line, int number) =>
        BulletMarker.TryMatch(line, letters, out string marker, out int textStart)
            ? new Unit(UnitKind.Bullet, number, number, line[textStart..].ToString(), marker)
            : new Unit(UnitKind.Bullet, number, number, line.ToString()); // a list item the page marked without a glyph

    private Unit Join(Unit unit, string line, int number)
    {
        string joined = joiner.Join(unit.Text, line);
        return unit with
        {
            LastLine = number,
            Text = joined,
            LineMap = unit.LineMap.Add(new TextLine(joined.Length - line.Length, number)),
            SourceLines = unit.SourceLines.Add(number),
        };
    }

    private void Close()
    {
        CloseOpen();
        CloseCaption();
    }

    private void CloseOpen()
    {
        if (_open is not null)
            _units.Add(_open);
        _open = null;
    }

    /// <summary>Ends a run of caption lines; a caption that repeats the one just before it is another copy of it.</summary>
    private void CloseCaption()
    {
        if (_caption is null)
            return;
        var lines = _caption;
        _caption = null;
        var composed = CaptionRecogniser.Compose(lines, joiner);
        var all = lines.Select(l => l.Line).ToImmutableArray();
        if (composed.Text.Length == 0)
        {
            // Emphasis marks alone: nothing to show, but the lines are the page's, kept as such.
            foreach (var (text, line) in lines)
                _units.Add(new Unit(UnitKind.Furniture, line, line, text) { Furniture = FurnitureKind.Markup });
            return;
        }
        int previous = _units.FindLastIndex(u => u.Kind != UnitKind.Furniture);
        if (previous >= 0 && _units[previous] is { Kind: UnitKind.Caption } last
            && CaptionRecogniser.Key(last.Text) == CaptionRecogniser.Key(composed.Text))
        {
            _units[previous] = last with
            {
                LastLine = all[^1],
                SourceLines = last.SourceLines.AddRange(all),
                Copies = last.Copies + composed.Copies,
            };
            return;
        }
        _units.Add(new Unit(UnitKind.Caption, all[0], all[^1], composed.Text)
        {
            LineMap = composed.Map,
            SourceLines = all,
            Copies = composed.Copies,
        });
    }
}
