using Spotlight.Parsing;
using Spotlight.Extraction;
using Spotlight.Reading;
using Spotlight.Tests.Properties;
using Spotlight.Validation;
using Spotlight.Vocabulary;
using Spotlight.Writing;

namespace Spotlight.Fuzz;

/// <summary>
/// Everything a user's run does with one report: read, parse, check the tree's invariants, validate, write
/// every format. A read error is the documented answer to bad bytes; any other exception escapes.
/// </summary>
internal static class ReportRun
{
    private static readonly IReportWriter[] Writers =
        [new JsonReportWriter(), new NdjsonReportWriter(), new YamlReportWriter(), .. Enum.GetValues<CsvTable>().Select(table => new CsvReportWriter(table))];

    public static void Check(byte[] bytes, IReportReader reader, ProfileChoice profiles, ValidationConfig config)
    {
        TreeWithSource parsed;
        try
        {
            parsed = ReportPipeline.ParseWithSource(bytes, "fuzz", reader, profiles);
        }
        catch (ReportReadException)
        {
            return;
        }
        TreeInvariants.Check(parsed.Tree);
        Validator.Validate(parsed, config);
        foreach (var writer in Writers)
            writer.Write(parsed.Tree, Stream.Null);
    }
}
