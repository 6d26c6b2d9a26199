using System.Text;

namespace Spotlight.Reading;

/// <summary>Tells PDF and HTML from plain text by their first bytes, whatever the file is called.</summary>
internal static class ContentDetector
{
    private const int Window = 1024;

    /// <returns>"pdf", "html", or null for anything else.</returns>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, Window)];
        // The PDF header may follow a little junk; readers accept it anywhere in the first kilobyte.
        if (head.IndexOf("%PDF-"u8) >= 0)
            return "pdf";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];

        string start = Encoding.Latin1.GetString(head).TrimStart().ToLowerInvariant();
        if (start.StartsWith("<!doctype html") || start.StartsWith("<html"))
            return "html";
        // An XML declaration or a comment first: HTML when a root or body tag follows.
        return start.StartsWith('<') && (start.Contains("<html") || start.Contains("<body")) ? "html" : null;
    }
}
