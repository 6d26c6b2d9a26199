using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight;

/// <summary>Input bytes to the report tree: read, parse the structure, count.</summary>
/// <remarks>
/// The <c>Taking</c> forms take the caller's bytes and let each stage's input go as soon as the next stage has read
/// it (the bytes once decoded, the text once the structure is placed, each section once its mentions are found), so
/// that a large report is never held twice over.
/// </remarks>
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
        var source = Read(bytes, path, reader, out var input);
        return WithSource(ref source, input, profiles);
    }

    /// <summary>The tree, the caller's <paramref name="bytes"/> taken (the reference is cleared) and let go once read.</summary>
    public static ReportTree ParseTaking(ref byte[] bytes, string path, IReportReader reader, ProfileChoice profiles)
    {
        var source = ReadTaking(ref bytes, path, reader, out var input);
        return Build(ref source, keepSource: false, input, profiles.For(source), out _);
    }

    /// <summary>The tree and its text, the caller's <paramref name="bytes"/> taken (the reference is cleared) and let go once read.</summary>
    public static TreeWithSource ParseWithSourceTaking(ref byte[] bytes, string path, IReportReader reader, ProfileChoice profiles)
    {
        var source = ReadTaking(ref bytes, path, reader, out var input);
        return WithSource(ref source, input, profiles);
    }

    private static TreeWithSource WithSource(ref SourceText source, InputInfo input, ProfileChoice profiles)
    {
        var profile = profiles.For(source);
        var tree = Build(ref source, keepSource: true, input, profile, out var kept);
        return new TreeWithSource(tree, kept!, profile);
    }

    private static SourceText ReadTaking(ref byte[] bytes, string path, IReportReader reader, out InputInfo input)
    {
        var source = Read(bytes, path, reader, out input);
        bytes = null!;
        return source;
    }

    private static SourceText Read(ReadOnlySpan<byte> bytes, string path, IReportReader reader, out InputInfo input)
    {
        var source = TextDamage.Mark(reader.Read(bytes));
        input = new InputInfo(path, reader.Format, InputDigest.Sha256Hex(bytes), bytes.Length, source.LineCount);
        return source;
    }

    /// <summary>
    /// The tree to be taken a section at a time, the caller's <paramref name="bytes"/> taken (the reference is cleared)
    /// and let go once read; the text is held until the last section is taken.
    /// </summary>
    /// <exception cref="ReportReadException">The bytes cannot be read as a report.</exception>
    public static ReportStream StreamTaking(ref byte[] bytes, string path, IReportReader reader, ProfileChoice profiles)
    {
        var source = ReadTaking(ref bytes, path, reader, out var input);
        return new ReportStream(source, keepSource: false, input, profiles.For(source), structureFirst: false);
    }

    /// <summary>
    /// The report to be taken in parts with its text, kept to the end, the caller's <paramref name="bytes"/> taken (the
    /// reference is cleared) and let go once read.
    /// </summary>
    /// <exception cref="ReportReadException">The bytes cannot be read as a report.</exception>
    public static PartsWithSource StreamWithSourceTaking(ref byte[] bytes, string path, IReportReader reader, ProfileChoice profiles)
    {
        var source = ReadTaking(ref bytes, path, reader, out var input);
        var profile = profiles.For(source);
        return new PartsWithSource(new ReportStream(source, keepSource: true, input, profile, structureFirst: false), source, profile);
    }

    /// <param name="source">Cleared: unless kept, the text is let go before the mentions are found.</param>
    /// <param name="kept">The text, when kept or needed to place the findings in the input.</param>
    private static ReportTree Build(ref SourceText source, bool keepSource, InputInfo input, SeriesProfile profile, out SourceText? kept)
    {
        var stream = new ReportStream(source, keepSource, input, profile, structureFirst: true);
        source = null!;
        ImmutableArray<Section> sections = [.. stream.Sections];
        return stream.Complete(sections, out kept);
    }
}
