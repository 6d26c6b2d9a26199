namespace Spotlight.Reading;

/// <summary>Whether an input's first bytes are in one format, whatever the file is called.</summary>
public delegate bool ContentTest(ReadOnlySpan<byte> bytes);

/// <summary>One format spotlight reads: a row of <see cref="ReportReaders.All"/>.</summary>
/// <param name="Reader">
/// Reads the format. Readers keep no state between reads, so the row holds the one instance the process uses, and its
/// constructor is the row's factory; the reader's <see cref="IReportReader.Format"/> is the row's name, so the name
/// written to <c>input.format</c> and the one <c>--from</c> takes cannot differ.
/// </param>
/// <param name="Extensions">The extensions, with the dot, that name the format; a directory is searched for these.</param>
/// <param name="Recognises">Tells the format from the first bytes, or null when only a name can tell it (plain text).</param>
public sealed record InputFormat(IReportReader Reader, IReadOnlyList<string> Extensions, ContentTest? Recognises)
{
    /// <summary>The name in the tree's <c>input.format</c> and of <c>--from</c>.</summary>
    public string Name => Reader.Format;
}
