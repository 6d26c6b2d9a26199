namespace Spotlight.Reading;

/// <summary>
/// The formats spotlight reads, one row each: everything that names, finds or detects an input format reads this
/// table. A new format is a reader and a row.
/// </summary>
public static class ReportReaders
{
    /// <summary>
    /// Every input format. Content is tested in this order: a PDF header before HTML markup, since a PDF may carry
    /// markup in its first kilobyte and no web page starts with a PDF header.
    /// </summary>
    public static IReadOnlyList<InputFormat> All { get; } =
    [
        new(new PdfReportReader(), [".pdf"], ContentDetector.IsPdf),
        new(new HtmlReportReader(), [".html", ".htm", ".xhtml"], ContentDetector.IsHtml),
        new(new PlainTextReader(), [".txt", ".text"], null),
    ];

    /// <summary>What an input is read as when neither its content nor its name says anything.</summary>
    private static readonly InputFormat Fallback = All.Single(format => format.Name == "text");

    /// <summary>The names <c>--from</c> accepts, in table order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(format => format.Name)];

    /// <summary>Extensions a directory is searched for, with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. All.SelectMany(format => format.Extensions)];

    /// <exception cref="ArgumentException">No format has this name.</exception>
    public static IReportReader ForName(string name) =>
        All.FirstOrDefault(format => format.Name == name)?.Reader
        ?? throw new ArgumentException($"unknown input format '{name}'; known: {string.Join(", ", Names)}", nameof(name));

    /// <summary>The format a file's extension names (case aside), or null.</summary>
    public static InputFormat? ForExtension(string path)
    {
        string extension = Path.GetExtension(path);
        return All.FirstOrDefault(format => format.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The reader for an input: by what its bytes are (a PDF header, an HTML document), then by its
    /// extension, plain text when neither says anything. Content wins, so a PDF named .txt is read as PDF.
    /// </summary>
    public static IReportReader Detect(ReadOnlySpan<byte> bytes, string path)
    {
        foreach (var format in All)
        {
            if (format.Recognises is { } test && test(bytes))
                return format.Reader;
        }
        return (ForExtension(path) ?? Fallback).Reader;
    }

    public static bool IsSupported(string path) => ForExtension(path) is not null;
}
