using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Reading;

namespace Spotlight.Cli.Input;

/// <summary>One input read and parsed, in the format --from names or its content and name tell.</summary>
internal static class InputParser
{
    /// <summary>The tree and its text, for validation.</summary>
    /// <exception cref="ReportReadException">The input cannot be read as a report.</exception>
    public static ParsedReport Parse(string path, long maxBytes, string? from, OutletTable outlets)
    {
        byte[] bytes = InputFile.ReadAll(path, maxBytes);
        return ReportPipeline.ParseWithSource(bytes, path, ReaderFor(bytes, path, from), outlets);
    }

    /// <summary>The tree alone: the text it was built from is let go as soon as it has served.</summary>
    /// <exception cref="ReportReadException">The input cannot be read as a report.</exception>
    public static ReportDocument ParseTree(string path, long maxBytes, string? from, OutletTable outlets)
    {
        byte[] bytes = InputFile.ReadAll(path, maxBytes);
        return ReportPipeline.Parse(bytes, path, ReaderFor(bytes, path, from), outlets);
    }

    private static IReportReader ReaderFor(byte[] bytes, string path, string? from) =>
        from is not null ? ReportReaders.ForName(from) : ReportReaders.Detect(bytes, path);
}
