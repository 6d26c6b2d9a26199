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

        int at = 0;
        while (at < head.Length && head[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            at++;
        var start = head[at..];
        if (StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithIgnoreCase(start, "<html"u8))
            return "html";
        // An XML declaration or a comment first: HTML when a root or body tag follows.
        return start.Length > 0 && start[0] == '<' && (ContainsIgnoreCase(start, "<html"u8) || ContainsIgnoreCase(start, "<body"u8)) ? "html" : null;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerPrefix) =>
        bytes.Length >= lowerPrefix.Length && System.Text.Ascii.EqualsIgnoreCase(bytes[..lowerPrefix.Length], lowerPrefix);

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lowerNeedle)
    {
        for (int i = 0; i + lowerNeedle.Length <= bytes.Length; i++)
        {
            if (bytes[i] == '<' && System.Text.Ascii.EqualsIgnoreCase(bytes.Slice(i, lowerNeedle.Length), lowerNeedle))
                return true;
        }
        return false;
    }
}
