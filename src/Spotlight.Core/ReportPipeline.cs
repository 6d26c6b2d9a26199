using System.Collections.Immutable;
using System.Security.Cryptography;
using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight;

/// <summary>Input bytes to the report tree: read, parse the structure, count.</summary>
public static class ReportPipeline
{
    /// <param name="path">How the input is named in the tree: as given on the command line, "-" for stdin.</param>
    /// <exception cref="ReportReadException">The bytes cannot be read as a report.</exception>
    public static ReportDocument Parse(ReadOnlySpan<byte> bytes, string path, IReportReader reader) =>
        Parse(bytes, path, reader, OutletTable.Default);

    /// <param name="outlets">The outlet table, with a user's entries where given.</param>
    public static ReportDocument Parse(ReadOnlySpan<byte> bytes, string path, IReportReader reader, OutletTable outlets) =>
        Run(bytes, path, reader, outlets, keepSource: false).Document;

    /// <summary>The tree and the normalised text it was built from, for passes that look at the text itself (validation).</summary>
    public static ParsedReport ParseWithSource(ReadOnlySpan<byte> bytes, string path, IReportReader reader, OutletTable outlets)
    {
        var (document, source) = Run(bytes, path, reader, outlets, keepSource: true);
        return new ParsedReport(document, source!);
    }

    /// <remarks>
    /// The bytes are hashed first and the text is let go once the structure is built (unless kept), so that
    /// neither is held while the mentions are extracted, when memory is at its peak.
    /// </remarks>
    private static (ReportDocument Document, SourceText? Source) Run(ReadOnlySpan<byte> bytes, string path, IReportReader reader, OutletTable outlets, bool keepSource)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        int length = bytes.Length;
        var (structure, lineCount, diagnostics, source) = Structure(reader.Read(bytes), keepSource);
        var (report, extractionDiagnostics) = new MentionExtractor(outlets).Extract(structure);
        var input = new InputInfo(path, reader.Format, hash, length, lineCount);
        return (new ReportDocument(input, report, ReportStats.Of(report), diagnostics.AddRange(extractionDiagnostics)), source);
    }

    private static (Report Structure, int LineCount, ImmutableArray<Diagnostic> Diagnostics, SourceText? Source) Structure(SourceText source, bool keep)
    {
        var (structure, structureDiagnostics) = StructureParser.Parse(source);
        return (structure, source.LineCount, source.Diagnostics.AddRange(structureDiagnostics), keep ? source : null);
    }
}
