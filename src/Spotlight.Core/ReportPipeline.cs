using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight;

/// <summary>Input bytes to the report tree: read, parse the structure, count.</summary>
public static class ReportPipeline
{
    /// <param name="path">How the input is named in the tree: as given on the command line, "-" for stdin.</param>
    /// <summary>The tree, read with the built-in profile the report's title picks.</summary>
    /// <exception cref="ReportReadException">The bytes cannot be read as a report.</exception>
    public static ReportTree Parse(ReadOnlySpan<byte> bytes, string path, IReportReader reader) =>
        Parse(bytes, path, reader, ProfileChoice.BuiltIn);

    /// <param name="profiles">The profile to read with, or how to choose it from the report's title.</param>
    public static ReportTree Parse(ReadOnlySpan<byte> bytes, string path, IReportReader reader, ProfileChoice profiles) =>
        ParseWithSource(bytes, path, reader, profiles).Tree;

    /// <summary>The tree and the normalised text it was built from, for passes that look at the text itself (validation).</summary>
    public static TreeWithSource ParseWithSource(ReadOnlySpan<byte> bytes, string path, IReportReader reader, ProfileChoice profiles)
    {
        var source = TextDamage.Mark(reader.Read(bytes));
        var profile = profiles.For(source);
        var (structure, structureDiagnostics) = StructureParser.Parse(source, profile);
        var (report, extractionDiagnostics) = new MentionExtractor(profile).Extract(structure);
        report = InputPlacement.Place(report, source);
        var diagnostics = source.Diagnostics.AddRange(structureDiagnostics).AddRange(extractionDiagnostics);
        if (source.HasInputPositions)
            diagnostics = [.. diagnostics.Select(source.Place)];
        var input = new InputInfo(path, reader.Format, InputDigest.Sha256Hex(bytes), bytes.Length, source.LineCount);
        return new TreeWithSource(new ReportTree(input, report, ReportStats.Of(report), diagnostics), source, profile);
    }
}
