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
        ParseWithSource(bytes, path, reader, outlets).Document;

    /// <summary>The tree and the normalised text it was built from, for passes that look at the text itself (validation).</summary>
    public static ParsedReport ParseWithSource(ReadOnlySpan<byte> bytes, string path, IReportReader reader, OutletTable outlets)
    {
        var source = TextDamage.Mark(reader.Read(bytes));
        var (structure, structureDiagnostics) = StructureParser.Parse(source);
        var (report, extractionDiagnostics) = new MentionExtractor(outlets).Extract(structure);
        var diagnostics = source.Diagnostics.AddRange(structureDiagnostics).AddRange(extractionDiagnostics);
        var input = new InputInfo(path, reader.Format, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, source.LineCount);
        return new ParsedReport(new ReportDocument(input, report, ReportStats.Of(report), diagnostics), source);
    }
}
