using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Vocabulary;

namespace Spotlight.Cli.Input;

/// <summary>Loads one input: its bytes read (bounded), its reader chosen by --from or by its content and name, then the pipeline.</summary>
internal static class InputLoader
{
    /// <summary>The report in parts, with its text: each section is built as it is taken, and the tree is never held whole.</summary>
    /// <exception cref="ReportReadException">The input cannot be read as a report.</exception>
    public static PartsWithSource LoadParts(string path, long maxBytes, string? from, ProfileChoice profiles)
    {
        byte[] bytes = Read(path, maxBytes, from, out var reader);
        return ReportPipeline.StreamWithSourceTaking(ref bytes, path, reader, profiles);
    }

    /// <summary>The tree alone: its text is let go as soon as the tree no longer needs it.</summary>
    /// <exception cref="ReportReadException">The input cannot be read as a report.</exception>
    public static Model.ReportTree LoadTree(string path, long maxBytes, string? from, ProfileChoice profiles)
    {
        byte[] bytes = Read(path, maxBytes, from, out var reader);
        return ReportPipeline.ParseTaking(ref bytes, path, reader, profiles);
    }

    /// <summary>
    /// The tree, or for an input of more than <paramref name="inPartsFrom"/> bytes the report to be written in parts:
    /// each section is then built as it is written, and the tree is never held whole.
    /// </summary>
    /// <exception cref="ReportReadException">The input cannot be read as a report.</exception>
    public static (Model.ReportTree? Tree, ReportStream? Parts) LoadForWriting(string path, long maxBytes, string? from, ProfileChoice profiles, long inPartsFrom)
    {
        byte[] bytes = Read(path, maxBytes, from, out var reader);
        return bytes.Length > inPartsFrom
            ? (null, ReportPipeline.StreamTaking(ref bytes, path, reader, profiles))
            : (ReportPipeline.ParseTaking(ref bytes, path, reader, profiles), null);
    }

    private static byte[] Read(string path, long maxBytes, string? from, out IReportReader reader)
    {
        byte[] bytes = InputFile.ReadAll(path, maxBytes);
        reader = from is not null ? ReportReaders.ForName(from) : ReportReaders.Detect(bytes, path);
        return bytes;
    }
}
