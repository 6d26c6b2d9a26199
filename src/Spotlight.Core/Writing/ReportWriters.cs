namespace Spotlight.Writing;

/// <summary>
/// The formats <c>spotlight parse</c> writes, one row each: the names and help of <c>--format</c>, the format an
/// output file's extension chooses, and the names of files under <c>--output-dir</c> all come from here.
/// </summary>
public static class ReportWriters
{
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new("json", [".json"], options => new JsonReportWriter(indented: !options.Compact)),
        new("yaml", [".yaml", ".yml"], _ => new YamlReportWriter()),
        new("csv", [".csv"], options => new CsvReportWriter(options.Table, options.ByteOrderMark, options.Sanitize)),
        new("ndjson", [".ndjson", ".jsonl"], _ => new NdjsonReportWriter()),
        new("html", [".html", ".htm"], _ => new Html.HtmlReportWriter()),
    ];

    /// <summary>The format of stdout, and of a file whose name chooses none.</summary>
    public static ReportFormat Default { get; } = All.Single(format => format.Name == "json");

    /// <summary>The names <c>--format</c> accepts, in table order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(format => format.Name)];

    public static ReportFormat? ForName(string name) => All.FirstOrDefault(format => format.Name == name);

    /// <summary>The format an output file's extension stands for, or null.</summary>
    public static ReportFormat? ForPath(string path) => FileFormats.ClaimedBy(All, path);
}
