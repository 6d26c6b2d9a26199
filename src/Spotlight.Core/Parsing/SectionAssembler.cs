using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Gathers units into sections: the summary first (labelled or not), then one section per heading,
/// with bullets and paragraphs as items, captions as figures, and text cut by a page break joined
/// to the item it continues.
/// </summary>
internal sealed class SectionAssembler(LineJoiner joiner, SourceText source)
{
    public const string SummaryId = "overview";

    private readonly List<SectionBuilder> _sections = [];
    private readonly HashSet<string> _ids = [];
    private SectionBuilder? _current;
    private bool _pastSummary;

    public ImmutableArray<Section> Assemble(IEnumerable<Unit> units, ICollection<Diagnostic> diagnostics, int bodyStartLine)
    {
        foreach (var unit in units)
            Add(unit);

        // A report that is all header has its body start past the last line; the findings point at the last line.
        int bodyLine = Math.Clamp(bodyStartLine, 1, Math.Max(source.LineCount, 1));
        if (_sections.Count == 0 || _sections[0].Kind != SectionKind.Summary)
            diagnostics.Add(ParseDiagnostics.NoSummary.At(line: _sections.Count > 0 ? _sections[0].FirstLine : bodyLine, column: 1));
        if (!_sections.Any(s => s.Kind != SectionKind.Summary))
            diagnostics.Add(ParseDiagnostics.NoSections.At(line: bodyLine, column: 1));
        return _sections.Select(s => s.Build()).ToImmutableArray();
    }

    private void Add(Unit unit)
    {
        switch (unit.Kind)
        {
            case UnitKind.Noise:
                break;
            case UnitKind.TitleRepeat or UnitKind.SummaryLabel when CanLabelSummary():
                LabelSummary(unit);
                break;
            case UnitKind.TitleRepeat:
                break; // a running header
            case UnitKind.SummaryLabel or UnitKind.Heading:
                Open(unit);
                break;
            case UnitKind.Bullet:
                Current(unit).AddItem(unit);
                break;
            case UnitKind.Paragraph:
                AddParagraph(unit);
                break;
            case UnitKind.Caption:
                Current(unit).AddFigure(unit);
                break;
        }
    }

    /// <summary>A paragraph continues the last item when that item was cut off mid-sentence (or the
    /// paragraph opens in lower case); otherwise it is an item of its own without a marker.</summary>
    private void AddParagraph(Unit unit)
    {
        var last = _current?.LastItem;
        if (last is not null && (!SentenceEnd.IsComplete(last.Text) || char.IsLower(unit.Text[0])))
            _current!.Continue(joiner.Join(last.Text, unit.Text), unit);
        else
            Current(unit).AddItem(unit);
    }

    private bool CanLabelSummary() =>
        !_pastSummary && (_current is null || (_current.Kind == SectionKind.Summary && _current.Heading is null && _current.IsEmpty));

    private void LabelSummary(Unit unit)
    {
        if (_current is null)
            _current = Push(SummaryId, SectionKind.Summary, unit.Text, null, unit.FirstLine);
        else
            (_current.Heading, _current.FirstLine) = (unit.Text, unit.FirstLine);
    }

    private void Open(Unit heading)
    {
        _pastSummary = true;
        var arena = heading.Arena;
        string label = LineText.StripMarks(heading.Text);
        _current = arena is not null
            ? Push(arena.Id, SectionKind.Region, heading.Text, arena.Region, heading.FirstLine)
            : Push(Slug.Of(label), SectionKind.Topic, heading.Text, null, heading.FirstLine);
    }

    /// <summary>The section a unit belongs to; text before any heading is the summary, labelled or not.</summary>
    private SectionBuilder Current(Unit unit) =>
        _current ??= Push(SummaryId, SectionKind.Summary, null, null, unit.FirstLine);

    private SectionBuilder Push(string id, SectionKind kind, string? heading, string? region, int firstLine)
    {
        string unique = id;
        for (int n = 2; !_ids.Add(unique); n++)
            unique = $"{id}-{n}";
        var section = new SectionBuilder(unique, kind, heading, region, firstLine, source);
        _sections.Add(section);
        return section;
    }
}
