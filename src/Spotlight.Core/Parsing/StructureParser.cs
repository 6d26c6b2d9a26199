using Spotlight.Diagnostics;
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
    /// <summary>The structure as read by the built-in profile the report's title picks.</summary>
    public static (Report Report, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source) =>
        Parse(source, ProfileChoice.BuiltIn.For(source));

    public static (Report Report, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source, SeriesProfile profile) =>
        (Parse(source, profile, out var diagnostics), diagnostics);

    public static Report Parse(SourceText source, SeriesProfile profile, out ImmutableArray<Diagnostic> found)
    {
        var structure = Read(source, profile);
        ImmutableArray<Section> sections = [.. structure.Sections];
        found = structure.Diagnostics;
        return structure.Complete(sections);
    }

    /// <summary>The structure to be read a section at a time; the header is read here, the sections as they are taken.</summary>
    public static StructureStream Read(SourceText source, SeriesProfile profile)
    {
        var diagnostics = new List<Diagnostic>();
        var header = HeaderParser.Parse(source, profile, diagnostics);

        var joiner = new LineJoiner(source.Text, profile.Words);
        var (hints, letters) = LayoutPass.Analyse(source, header.BodyStartLine, profile, header.Series, joiner);
        var units = new UnitReader(source, hints, letters, profile, header.Series, joiner).Read(header.BodyStartLine);
        var assembler = new SectionAssembler(joiner, source);
        var parts = assembler.Parts(units, diagnostics, header.BodyStartLine);
        return new StructureStream(header, profile.Id, assembler, parts, diagnostics);
    }
}
