using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Gathers units into sections: the summary first (labelled or not), then one section per heading,
/// with bullets and paragraphs as items, captions as figures, and text cut by a page break joined
/// to the item it continues. Footnotes and furniture are kept apart from the sections.
/// </summary>
internal sealed class SectionAssembler(LineJoiner joiner, SourceText source)
{
    public const string SummaryId = "overview";

    /// <summary>The parts built since the reader last took them: items and figures as built, a section as the next one opens.</summary>
    private readonly Queue<SectionPart> _built = new();
    private Section? _first;
    private bool _anyBeyondSummary;
    private readonly HashSet<string> _ids = [];
    private readonly Dictionary<string, int> _nextSuffix = [];
    private readonly List<Unit> _captionsBeforeAnySection = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly List<Furniture> _furniture = [];
    private SectionBuilder? _current;
    private bool _pastSummary;
    private Unit? _loneMarker;

    public IReadOnlyList<Footnote> Footnotes => _footnotes;

    public IReadOnlyList<Furniture> Furniture => _furniture;

    /// <summary>
    /// The sections in parts, each part given as soon as no later unit can reach back into it; once the last is given,
    /// the findings about the whole (no summary, no sections) are in <paramref name="diagnostics"/>, and
    /// <see cref="Footnotes"/> and <see cref="Furniture"/> are complete.
    /// </summary>
    public IEnumerable<SectionPart> Parts(IEnumerable<Unit> units, ICollection<Diagnostic> diagnostics, int bodyStartLine)
    {
        foreach (var unit in units)
        {
            Add(unit);
            while (_built.Count > 0)
                yield return _built.Dequeue();
        }
        SetAsideLoneMarker();
        if (_captionsBeforeAnySection.Count > 0)
            Current(_captionsBeforeAnySection[0]);
        BuildCurrent();
        while (_built.Count > 0)
            yield return _built.Dequeue();

        // A report that is all header has its body start past the last line; the findings point at the last line.
        int bodyLine = Math.Clamp(bodyStartLine, 1, Math.Max(source.LineCount, 1));
        if (_first is null || _first.Kind != SectionKind.Summary)
            diagnostics.Add(DiagnosticRegistry.NoSummary.At(line: _first?.Lines.First ?? bodyLine, column: 1));
        if (!_anyBeyondSummary)
            diagnostics.Add(DiagnosticRegistry.NoSections.At(line: bodyLine, column: 1));
    }

    /// <summary>Freezes the section being filled: no unit read later reaches back into it.</summary>
    private void BuildCurrent()
    {
        if (_current is not null)
        {
            var section = _current.Build();
            _first ??= section;
            _anyBeyondSummary |= section.Kind != SectionKind.Summary;
            _built.Enqueue(new SectionPart.End(section));
        }
        _current = null;
    }

    private void Add(Unit unit)
    {
        if (_loneMarker is not null && unit.Kind is not (UnitKind.Furniture or UnitKind.Footnote))
        {
            if (unit.Kind == UnitKind.Paragraph)
            {
                // The text below a glyph left alone: one item, with the glyph's marker and line.
                var marker = _loneMarker;
                _loneMarker = null;
                var section = Current(marker);
                section.AddItem(marker);
                section.Continue(unit, joiner);
                return;
            }
            SetAsideLoneMarker();
        }
        switch (unit.Kind)
        {
            case UnitKind.Furniture:
                _furniture.Add(new Furniture(unit.FurnitureKind, unit.Text, new LineRange(unit.FirstLine, unit.LastLine)));
                break;
            case UnitKind.Footnote:
                _footnotes.Add(new Footnote(unit.Marker ?? "", unit.Text, new LineRange(unit.FirstLine, unit.LastLine)));
                break;
            case UnitKind.TitleRepeat or UnitKind.SummaryLabel when CanLabelSummary():
                LabelSummary(unit);
                break;
            case UnitKind.TitleRepeat:
                // The title written again below the summary is a running header.
                _furniture.Add(new Furniture(FurnitureKind.RunningHeader, unit.Text, new LineRange(unit.FirstLine, unit.LastLine)));
                break;
            case UnitKind.SummaryLabel or UnitKind.Heading:
                Open(unit);
                break;
            case UnitKind.Bullet when unit.Text.Length == 0:
                _loneMarker = unit;
                break;
            case UnitKind.Bullet:
                Current(unit).AddItem(unit);
                break;
            case UnitKind.Paragraph:
                AddParagraph(unit);
                break;
            case UnitKind.Caption when _current is null:
                _captionsBeforeAnySection.Add(unit);
                break;
            case UnitKind.Caption:
                _current!.AddFigure(unit);
                break;
        }
    }

    /// <summary>A glyph with no text after it in its section is no item: the line is kept as markup.</summary>
    private void SetAsideLoneMarker()
    {
        if (_loneMarker is not { } marker)
            return;
        _loneMarker = null;
        _furniture.Add(new Furniture(FurnitureKind.Markup, marker.Marker!, new LineRange(marker.FirstLine, marker.LastLine)));
    }

    /// <summary>A paragraph continues the last item when that item was cut off mid-sentence (or the
    /// paragraph opens in lower case); otherwise it is an item of its own without a marker.</summary>
    private void AddParagraph(Unit unit)
    {
        var last = _current?.LastItem;
        if (last is not null && (!last.EndsSentence || char.IsLower(unit.Text[0])))
            _current!.Continue(unit, joiner);
        else
            Current(unit).AddItem(unit);
    }

    // Captions above the label do not stop it labelling the summary: a web copy puts its photos first.
    private bool CanLabelSummary() =>
        !_pastSummary && (_current is null || (_current.Kind == SectionKind.Summary && _current.Heading is null && _current.ItemCount == 0));

    private void LabelSummary(Unit unit)
    {
        if (_current is null)
            _current = Push(SummaryId, SectionKind.Summary, unit.Text, null, unit.FirstLine);
        else
            (_current.Heading, _current.FirstLine) = (unit.Text, Math.Min(_current.FirstLine, unit.FirstLine));
        _current.HeadingLine = unit.FirstLine;
    }

    private void Open(Unit heading)
    {
        _pastSummary = true;
        var arena = heading.Arena;
        string label = LineMarks.StripMarks(heading.Text);
        // An arena the table gives no region (a campaign, "The battle for hearts and minds") is a topic with a stable id.
        _current = arena is null ? Push(Slug.Of(label), SectionKind.Topic, heading.Text, null, heading.FirstLine)
            : arena.Region.Length == 0 ? Push(arena.Id, SectionKind.Topic, heading.Text, null, heading.FirstLine)
            : Push(arena.Id, SectionKind.Region, heading.Text, arena.Region, heading.FirstLine);
        _current.HeadingLine = heading.FirstLine;
    }

    /// <summary>The section a unit belongs to; text before any heading is the summary, labelled or not.</summary>
    private SectionBuilder Current(Unit unit) =>
        _current ??= Push(SummaryId, SectionKind.Summary, null, null, unit.FirstLine);

    private SectionBuilder Push(string id, SectionKind kind, string? heading, string? region, int firstLine)
    {
        string unique = id;
        // A section called "…-fig" would give its items the ids of another section's figures ("syria-fig-1").
        if (id.EndsWith("-fig", StringComparison.Ordinal))
            _ids.Add(id);
        if (!_ids.Add(unique))
        {
            // Counted on from the last suffix given to this id, so that a heading repeated many times costs no more each time.
            int n = _nextSuffix.GetValueOrDefault(id, 2);
            while (!_ids.Add(unique = $"{id}-{n}"))
                n++;
            _nextSuffix[id] = n + 1;
        }
        BuildCurrent();
        var section = new SectionBuilder(unique, kind, heading, region, firstLine, source, _built.Enqueue);
        // Captions that stand before the first section belong to it.
        foreach (var caption in _captionsBeforeAnySection)
            section.AddFigure(caption);
        _captionsBeforeAnySection.Clear();
        return section;
    }
}
