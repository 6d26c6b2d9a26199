using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.Reading;

/// <summary>The charset a page declares in its first bytes, as browsers look for it before decoding.</summary>
internal static partial class HtmlCharset
{
    // A browser looks in the first 1024 bytes for <meta charset> or <meta http-equiv content="…; charset=…">.
    private const int Prescan = 1024;

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    private static readonly HashSet<string> SingleByteLatin = new(StringComparer.OrdinalIgnoreCase)
    {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso-8859-15", "latin-9",
    };

    /// <summary>Whether the page says it is written in Windows-1252 or one of the Latin charsets browsers read as it.</summary>
    public static bool DeclaresWindows1252(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, Prescan)]);
        var match = Declaration().Match(head);
        return match.Success && SingleByteLatin.Contains(match.Groups["name"].Value);
    }
}
