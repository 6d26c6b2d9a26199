using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Parsing.Layout;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Builds the report's structure from its normalised text: header, summary, sections, items
/// (page breaks repaired), figures, footnotes and furniture. Dates and sources are left for the extractors.
/// </summary>
public static class StructureParser
{
    public static (Report Report, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source) =>
        Parse(source, SectionTable.Default);

    public static (Report Report, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source, SectionTable sections)
    {
        var diagnostics = new List<Diagnostic>();
        var header = HeaderParser.Parse(source, sections, diagnostics);

        var joiner = new LineJoiner(source.Text);
        var (hints, letters) = LayoutPass.Analyse(source, header.BodyStartLine, sections, header.Series, joiner);
        var units = new UnitReader(source, hints, letters, sections, header.Series, joiner).Read(header.BodyStartLine);
        var assembler = new SectionAssembler(joiner, source);
        var sectionList = assembler.Assemble(units, diagnostics, header.BodyStartLine);

        var furniture = header.Furniture.Concat(assembler.Furniture).OrderBy(f => f.Lines.First).ToImmutableArray();
        var report = new Report(header.Series, header.Period, header.Authors, sectionList)
        {
            SeriesLine = header.SeriesLine,
            Footnotes = assembler.Footnotes.Count > 0 ? [.. assembler.Footnotes] : null,
            Furniture = furniture.Length > 0 ? furniture : null,
        };
        return (report, diagnostics.OrderBy(d => d.Line ?? 0).ToImmutableArray());
    }
}
