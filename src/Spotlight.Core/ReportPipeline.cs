using System.Security.Cryptography;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Reading;

namespace Spotlight;

/// <summary>Input bytes to the report tree: read, parse the structure, count.</summary>
public static class ReportPipeline
{
    /// <param name="path">How the input is named in the tree: as given on the command line, "-" for stdin.</param>
    /// <exception cref="ReportReadException">The bytes cannot be read as a report.</exception>
    public static ReportDocument Parse(ReadOnlySpan<byte> bytes, string path, IReportReader reader)
    {
        var source = reader.Read(bytes);
        var (report, diagnostics) = StructureParser.Parse(source);
        var input = new InputInfo(path, reader.Format, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, source.LineCount);
        return new ReportDocument(input, report, ReportStats.Of(report), diagnostics);
    }
}
