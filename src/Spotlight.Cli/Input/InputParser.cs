using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Vocabulary;

namespace Spotlight.Cli.Input;

/// <summary>One input read and parsed, in the format --from names or its content and name tell.</summary>
internal static class InputParser
{
    /// <exception cref="ReportReadException">The input cannot be read as a report.</exception>
    public static ParsedReport Parse(string path, long maxBytes, string? from, ProfileChoice profiles)
    {
        byte[] bytes = InputFile.ReadAll(path, maxBytes);
        var reader = from is not null ? ReportReaders.ForName(from) : ReportReaders.Detect(bytes, path);
        return ReportPipeline.ParseWithSource(bytes, path, reader, profiles);
    }
}
