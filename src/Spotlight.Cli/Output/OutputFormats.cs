using Spotlight.Writing;

namespace Spotlight.Cli.Output;

/// <summary>The names <c>--format</c> and <c>--table</c> take, and the writer each stands for.</summary>
internal static class OutputFormats
{
    public static readonly string[] Names = ["json", "yaml", "csv", "ndjson"];

    public static readonly string[] Tables = ["items", "sources", "dates", "sections", "footnotes", "furniture"];

    public static IReportWriter Create(string format, string? table, bool bom, bool sanitize, bool compact) => format switch
    {
        "yaml" => new YamlReportWriter(),
        "csv" => new CsvReportWriter(Enum.Parse<CsvTable>(table ?? "items", ignoreCase: true), bom, sanitize),
        "ndjson" => new NdjsonReportWriter(),
        _ => new JsonReportWriter(indented: !compact),
    };
}
