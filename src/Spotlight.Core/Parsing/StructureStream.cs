using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Parsing;

/// <summary>
/// A report's structure read in parts: its header at once, its sections' items, figures and ends as they are read,
/// and what is kept apart from them (footnotes, furniture, the findings) once the last has been read. A writer can
/// then write each part and let it go, instead of holding the whole report.
/// </summary>
public sealed class StructureStream
{
    private readonly Header _header;
    // Holds the text until the last section is read: then only what it kept apart is kept.
    private SectionAssembler? _assembler;
    private IReadOnlyList<Footnote> _footnotes = [];
    private IReadOnlyList<Furniture> _furniture = [];
    private readonly List<Diagnostic> _diagnostics;
    private IEnumerable<SectionPart>? _parts;
    private bool _ended;

    internal StructureStream(Header header, string profileId, SectionAssembler assembler, IEnumerable<SectionPart> parts, List<Diagnostic> diagnostics)
    {
        _header = header;
        _assembler = assembler;
        _diagnostics = diagnostics;
        _parts = ToTheEnd(parts);
        Header = new Report(header.Series, profileId, header.Period, header.Authors, []) { SeriesLine = header.SeriesLine };
    }

    /// <summary>The report's series, profile, period and authors, without its sections.</summary>
    public Report Header { get; }

    /// <summary>The sections in parts, in order: read once, to the end, before <see cref="Complete"/>.</summary>
    public IEnumerable<SectionPart> Parts =>
        Interlocked.Exchange(ref _parts, null) ?? throw new InvalidOperationException("the sections are read once");

    /// <summary>The sections whole, in order: read once, to the end, before <see cref="Complete"/>.</summary>
    public IEnumerable<Section> Sections => SectionPart.Gather(Parts);

    private IEnumerable<SectionPart> ToTheEnd(IEnumerable<SectionPart> parts)
    {
        foreach (var part in parts)
            yield return part;
        (_footnotes, _furniture) = (_assembler!.Footnotes, _assembler.Furniture);
        _assembler = null;
        _ended = true;
    }

    /// <summary>The findings about the structure, in the order of their lines.</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            RequireEnded();
            return [.. _diagnostics.OrderBy(d => d.Line ?? 0)];
        }
    }

    /// <summary>The report: its header, the <paramref name="sections"/> given, and its footnotes and furniture.</summary>
    public Report Complete(ImmutableArray<Section> sections)
    {
        RequireEnded();
        var furniture = _header.Furniture.Concat(_furniture).OrderBy(f => f.Lines.First).ToImmutableArray();
        return Header with
        {
            Sections = sections,
            Footnotes = _footnotes.Count > 0 ? [.. _footnotes] : null,
            Furniture = furniture.Length > 0 ? furniture : null,
        };
    }

    private void RequireEnded()
    {
        if (!_ended)
            throw new InvalidOperationException("the sections have not been read to the end");
    }
}
