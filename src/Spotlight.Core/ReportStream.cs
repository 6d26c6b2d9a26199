using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight;

/// <summary>
/// A report's tree given in parts: its input and header at once, each item, figure and section end parsed, placed and
/// given its mentions as it is taken, and the rest of the tree (footnotes, furniture, counts, findings) once the last
/// has been taken. A writer that writes each part and lets it go holds the report's text and what is being built,
/// not the tree.
/// </summary>
public sealed class ReportStream : IReportParts
{
    private readonly StructureStream _structure;
    private readonly ImmutableArray<Diagnostic> _readingDiagnostics;
    private readonly List<Diagnostic> _extractionDiagnostics = [];
    private SourceText? _source;
    private readonly bool _keepSource;
    private IEnumerable<SectionPart>? _parts;
    private int _sectionCount, _items, _figures, _dates, _sources;
    private bool _ended;

    /// <param name="structureFirst">
    /// Read every section's structure before any mentions, so that the text is let go (unless kept) before the mentions
    /// are found: for a caller that holds the whole tree anyway, the text and the tree are then never held together.
    /// </param>
    internal ReportStream(SourceText source, bool keepSource, InputInfo input, SeriesProfile profile, bool structureFirst)
    {
        Input = input;
        _source = source;
        _keepSource = keepSource || source.HasInputPositions;
        _readingDiagnostics = source.Diagnostics;
        _structure = StructureParser.Read(source, profile);
        var placed = Placed(_structure.Parts, source);
        if (structureFirst)
            placed = ReadFirst(placed);
        _parts = Counted(new MentionExtractor(profile).Extract(_structure.Header.Period, placed, _extractionDiagnostics));
    }

    public InputInfo Input { get; }

    /// <summary>The report's series, profile, period and authors, without its sections.</summary>
    public Report Header => _structure.Header;

    /// <summary>The sections in parts, in order: taken once, to the end, before <see cref="Complete"/> or <see cref="Rest"/>.</summary>
    public IEnumerable<SectionPart> Parts =>
        Interlocked.Exchange(ref _parts, null) ?? throw new InvalidOperationException("the sections are taken once");

    /// <summary>The sections whole, in order: taken once, to the end, before <see cref="Complete"/>.</summary>
    public IEnumerable<Section> Sections => SectionPart.Gather(Parts);

    private static IEnumerable<SectionPart> Placed(IEnumerable<SectionPart> parts, SourceText source)
    {
        foreach (var part in parts)
            yield return InputPlacement.Place(part, source);
    }

    private IEnumerable<SectionPart> ReadFirst(IEnumerable<SectionPart> parts)
    {
        var all = parts.ToList();
        LetGoOfText();
        return Handover.Each(all);
    }

    private IEnumerable<SectionPart> Counted(IEnumerable<SectionPart> parts)
    {
        foreach (var part in parts)
        {
            IReportNode? node = null;
            switch (part)
            {
                case SectionPart.OfItem { Item: var item }:
                    (_items, node) = (_items + 1, item);
                    break;
                case SectionPart.OfFigure { Figure: var figure }:
                    (_figures, node) = (_figures + 1, figure);
                    break;
                default:
                    _sectionCount++;
                    break;
            }
            if (node is not null)
                (_dates, _sources) = (_dates + node.Dates.Length, _sources + node.Sources.Length);
            yield return part;
        }
        _ended = true;
        LetGoOfText();
    }

    private void LetGoOfText()
    {
        if (!_keepSource)
            _source = null;
    }

    /// <summary>The tree without its sections, for a writer that wrote them as they came.</summary>
    public ReportTree Rest() => Complete([], out _);

    /// <summary>
    /// The tree, with the <paramref name="sections"/> given (all those taken, or none when they were written as they
    /// came), and the text, when kept or needed to place the findings in the input.
    /// </summary>
    public ReportTree Complete(ImmutableArray<Section> sections, out SourceText? kept)
    {
        if (!_ended)
            throw new InvalidOperationException("the sections have not been taken to the end");
        kept = _source;
        var report = _structure.Complete(sections);
        if (kept is not null)
            report = InputPlacement.PlaceApart(report, kept);
        var diagnostics = _readingDiagnostics.AddRange(_structure.Diagnostics).AddRange(_extractionDiagnostics);
        // Findings on a web page or a PDF are placed in the input by the text's map of it, the extraction's too.
        if (kept is { HasInputPositions: true })
            diagnostics = [.. diagnostics.Select(kept.Place)];
        return new ReportTree(Input, report, new ReportStats(_sectionCount, _items, _figures, _dates, _sources), diagnostics);
    }
}
