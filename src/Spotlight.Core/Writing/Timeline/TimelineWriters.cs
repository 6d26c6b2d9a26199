namespace Spotlight.Writing.Timeline;

/// <summary>The formats <c>spotlight timeline</c> writes, one row each.</summary>
public static class TimelineWriters
{
    public static IReadOnlyList<TimelineFormat> All { get; } =
    [
        new("csv", [".csv"], () => new CsvTimelineWriter()),
        new("json", [".json"], () => new JsonTimelineWriter()),
        new("ndjson", [".ndjson", ".jsonl"], () => new JsonTimelineWriter(lineEach: true)),
        new("html", [".html", ".htm"], () => new HtmlTimelineWriter()),
    ];

    /// <summary>The format of stdout, and of a file whose name chooses none.</summary>
    public static TimelineFormat Default => All.Single(format => format.Name == "csv");

    public static IReadOnlyList<string> Names => [.. All.Select(format => format.Name)];

    public static TimelineFormat? ForName(string name) => All.FirstOrDefault(format => format.Name == name);
}
