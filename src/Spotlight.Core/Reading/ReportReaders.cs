namespace Spotlight.Reading;

/// <summary>The input formats spotlight reads, by name (<c>--from</c>) and by file extension.</summary>
public static class ReportReaders
{
    private static readonly IReportReader Text = new PlainTextReader();
    private static readonly IReportReader Html = new HtmlReportReader();
    private static readonly IReportReader Pdf = new PdfReportReader();

    private static readonly Dictionary<string, IReportReader> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = Text,
        [".text"] = Text,
        [".html"] = Html,
        [".htm"] = Html,
        [".xhtml"] = Html,
        [".pdf"] = Pdf,
    };

    /// <summary>The names <c>--from</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "html", "pdf"];

    /// <summary>Extensions a directory is searched for.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static IReportReader ForName(string name) => name switch
    {
        "text" => Text,
        "html" => Html,
        "pdf" => Pdf,
        _ => throw new ArgumentException($"unknown input format '{name}'", nameof(name)),
    };

    /// <summary>
    /// The reader for an input: by what its bytes are (a PDF header, an HTML document), then by its
    /// extension, plain text when neither says anything. Content wins, so a PDF named .txt is read as PDF.
    /// </summary>
    public static IReportReader Detect(ReadOnlySpan<byte> bytes, string path) =>
        ContentDetector.Detect(bytes) switch
        {
            "pdf" => Pdf,
            "html" => Html,
            _ => ByExtension.GetValueOrDefault(Path.GetExtension(path)) ?? Text,
        };

    public static bool IsSupported(string path) => ByExtension.ContainsKey(Path.GetExtension(path));
}
