using Spotlight.Reading;
using Spotlight.Tests.Properties;
using Spotlight.Validation;
using Spotlight.Writing;

namespace Spotlight.Fuzz;

/// <summary>
/// One input through everything a user's run would do with it: read, parse, check the tree's invariants,
/// validate, write every format. A read error is the documented answer to bad bytes; any other
/// exception escapes, and the fuzzer records it as a crash.
/// </summary>
/// <remarks>
/// Build it inside the fuzzing callback: instrumented code that runs before SharpFuzz has set up its
/// shared memory (a static constructor here, say) crashes the fork server.
/// </remarks>
public sealed class Target(string readerName)
{

    private readonly IReportWriter[] _writers =
        [new JsonReportWriter(), new NdjsonReportWriter(), new YamlReportWriter(), .. Enum.GetValues<CsvTable>().Select(table => new CsvReportWriter(table))];

    private readonly IReportReader _reader = ReportReaders.ForName(readerName);

    public void Run(byte[] bytes)
    {
        ParsedReport parsed;
        try
        {
            parsed = ReportPipeline.ParseWithSource(bytes, "fuzz", _reader, Extraction.OutletTable.Default);
        }
        catch (ReportReadException)
        {
            return;
        }
        TreeInvariants.Check(parsed.Document);
        Validator.Validate(parsed, ValidationConfig.Default);
        foreach (var writer in _writers)
            writer.Write(parsed.Document, Stream.Null);
    }
}
