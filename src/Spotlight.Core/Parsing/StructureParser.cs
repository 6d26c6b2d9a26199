using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Builds the report's structure from its normalised text: header, summary, sections, items
/// (page breaks repaired) and figures. Dates and sources are left for the extractors.
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
        var blocks = BlockSplitter.Split(source, header.BodyStartLine);
        var units = new BlockClassifier(sections, header.Series, joiner).Classify(blocks);
        var sectionList = new SectionAssembler(joiner, source).Assemble(units, diagnostics, header.BodyStartLine);

        var report = new Report(header.Series, header.Period, header.Authors, sectionList);
        return (report, diagnostics.OrderBy(d => d.Line ?? 0).ToImmutableArray());
    }
}
