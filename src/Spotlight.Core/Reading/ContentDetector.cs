namespace Spotlight.Reading;

/// <summary>Tells PDF and HTML by their first bytes, whatever the file is called: the content tests of <see cref="ReportReaders.All"/>.</summary>
internal static class ContentDetector
{
    private const int Window = 1024;

    /// <summary>A PDF: its header in the first kilobyte (see <see cref="IsPdfHeader"/>).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => IsPdfHeader(bytes[..Math.Min(bytes.Length, Window)]);

    /// <summary>An HTML document: a doctype or root tag first, or markup first with a root or body tag after it.</summary>
    public static bool IsHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, Window)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];

        int at = 0;
        while (at < head.Length && head[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            at++;
        var start = head[at..];
        if (StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithIgnoreCase(start, "<html"u8))
            return true;
        // An XML declaration or a comment first: HTML when a root or body tag follows.
        return start.Length > 0 && start[0] == '<' && (ContainsIgnoreCase(start, "<html"u8) || ContainsIgnoreCase(start, "<body"u8));
    }

    /// <summary>
    /// The PDF header "%PDF-1.7" at the start, or after a little junk at the start of a line, as readers accept it
    /// in the first kilobyte; a report that only mentions "%PDF-" in its text is no PDF, so after junk the header
    /// must stand alone on its line or be followed by the file's objects.
    /// </summary>
    private static bool IsPdfHeader(ReadOnlySpan<byte> head)
    {
        for (int at = head.IndexOf("%PDF-"u8); at >= 0;)
        {
            var rest = head[(at + 5)..];
            bool version = rest.Length >= 3 && char.IsAsciiDigit((char)rest[0]) && rest[1] == '.' && char.IsAsciiDigit((char)rest[2]);
            if (version && (at == 0 || (head[at - 1] is (byte)'\n' or (byte)'\r' && (AloneOnItsLine(rest[3..]) || rest.IndexOf(" obj"u8) >= 0))))
                return true;
            int next = rest.IndexOf("%PDF-"u8);
            at = next < 0 ? -1 : at + 5 + next;
        }
        return false;
    }

    private static bool AloneOnItsLine(ReadOnlySpan<byte> afterVersion)
    {
        int end = afterVersion.IndexOfAny((byte)'\n', (byte)'\r');
        return (end < 0 ? afterVersion : afterVersion[..end]).Trim((byte)' ').IsEmpty;
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
