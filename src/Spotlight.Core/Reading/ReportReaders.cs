namespace Spotlight.Reading;

/// <summary>The input formats spotlight reads, by name (<c>--from</c>) and by file extension.</summary>
public static class ReportReaders
{
    private static readonly IReportReader Text = new PlainTextReader();

    private static readonly Dictionary<string, IReportReader> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = Text,
        [".text"] = Text,
    };

    /// <summary>The names <c>--from</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text"];

    /// <summary>Extensions a directory is searched for.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static IReportReader ForName(string name) => name switch
    {
        "text" => Text,
        _ => throw new ArgumentException($"unknown input format '{name}'", nameof(name)),
    };

    /// <summary>The reader for a file: by its extension, plain text when the extension says nothing.</summary>
    public static IReportReader ForPath(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path)) ?? Text;

    public static bool IsSupported(string path) => ByExtension.ContainsKey(Path.GetExtension(path));
}
