using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Benchmarks;

/// <summary>
/// The seed report (15 KB) parsed with the structure alone and with the extraction of dates and sources,
/// and the parsed tree written by each writer into a reused <see cref="MemoryStream"/>. The Input and
/// Alloc/Input columns put the allocations beside the size of the input.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InputColumns))]
public class ParseBenchmarks
{
    private readonly PlainTextReader _reader = new();
    private readonly MemoryStream _output = new(capacity: 1 << 20);
    private readonly JsonReportWriter _json = new(indented: true);
    private readonly NdjsonReportWriter _ndjson = new();
    private readonly YamlReportWriter _yaml = new();
    private readonly CsvReportWriter _csv = new(CsvTable.Items);
    private byte[] _input = [];
    private ReportTree _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = SeedReport.Bytes;
        _document = ReportPipeline.Parse(_input, SeedReport.Name, _reader);
        var stats = _document.Stats;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// input: {SeedReport.Name}, {_input.Length} bytes; {stats.Sections} sections, {stats.Items} items, " +
            $"{stats.Figures} figures, {stats.Dates} dates, {stats.Sources} sources"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// output bytes: json {WriteJson()}, ndjson {WriteNdjson()}, yaml {WriteYaml()}, csv items {WriteCsvItems()}"));
    }

    [Benchmark(Description = "parse: structure only")]
    public Report ParseStructure() => StructureParser.Parse(_reader.Read(_input)).Report;

    [Benchmark(Description = "parse: with dates and sources")]
    public ReportTree ParseWithExtraction() => ReportPipeline.Parse(_input, SeedReport.Name, _reader);

    [Benchmark(Description = "write: json (indented)")]
    public long WriteJson() => Write(_json);

    [Benchmark(Description = "write: ndjson")]
    public long WriteNdjson() => Write(_ndjson);

    [Benchmark(Description = "write: yaml")]
    public long WriteYaml() => Write(_yaml);

    [Benchmark(Description = "write: csv items")]
    public long WriteCsvItems() => Write(_csv);

    private long Write(IReportWriter writer)
    {
        _output.SetLength(0);
        using (var output = writer.Open(_output, many: false))
            output.Write(_document);
        return _output.Length;
    }

    internal sealed class InputColumns : ManualConfig
    {
        public InputColumns()
        {
            AddColumn(new InputSizeColumn(), new AllocationPerInputColumn());
        }
    }
}

/// <summary>The size of the input every benchmark reads: the seed report.</summary>
internal sealed class InputSizeColumn : IColumn
{
    public string Id => nameof(InputSizeColumn);
    public string ColumnName => "Input";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Size;
    public string Legend => "Size of the input report (the seed), in bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        SeedReport.Bytes.Length.ToString("N0", CultureInfo.InvariantCulture) + " B";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Bytes allocated per operation over bytes of input: 10.0 means ten times the report's size.</summary>
internal sealed class AllocationPerInputColumn : IColumn
{
    public string Id => nameof(AllocationPerInputColumn);
    public string ColumnName => "Alloc/Input";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Allocated bytes per operation divided by the input's size";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        long? allocated = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is { } bytes
            ? (bytes / (double)SeedReport.Bytes.Length).ToString("0.00", CultureInfo.InvariantCulture)
            : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
