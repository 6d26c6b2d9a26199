using BenchmarkDotNet.Attributes;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Benchmarks;

/// <summary>
/// What one file of <c>spotlight parse DIR -f ndjson</c> costs in process, without the process around it: the
/// seed's bytes read by the reader their content and name choose, parsed with dates and sources (the tree and its
/// source, as the batch keeps them), and written as one NDJSON line into a reused stream. A batch's CPU per file
/// is compared with this.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseBenchmarks.InputColumns))]
public class SeedBatchFileBenchmarks
{
    private readonly MemoryStream _output = new(capacity: 1 << 20);
    private readonly NdjsonReportWriter _ndjson = new();
    private IReportOutput _lines = null!;
    private byte[] _input = [];

    [GlobalSetup]
    public void Setup()
    {
        _input = SeedReport.Bytes;
        _lines = _ndjson.Open(_output, many: true);
    }

    [GlobalCleanup]
    public void Cleanup() => _lines.Dispose();

    [Benchmark(Description = "batch file: parse with dates and sources + ndjson line")]
    public long ParseAndWriteNdjson()
    {
        _output.SetLength(0);
        var reader = ReportReaders.Detect(_input, SeedReport.Name);
        var parsed = ReportPipeline.ParseWithSource(_input, SeedReport.Name, reader, ProfileChoice.BuiltIn);
        _lines.Write(parsed.Tree);
        return _output.Length;
    }
}
