using CsCheck;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Strings that output formats tend to get wrong: YAML's reserved words and indicators, numbers and dates
/// that are text, CSV's separators and quotes, formula openers, line breaks, control characters, and
/// Unicode outside the BMP. Every string is well-formed UTF-16: no lone surrogates.
/// </summary>
internal static class AwkwardStrings
{
    public static readonly string[] Pieces =
    [
        "", "null", "Null", "~", "true", "false", "yes", "No", "on", "1e5", "-1", "0", "1.0", "0x1F", "0o17", ".inf", "-.Inf", ".nan",
        "2021-11-10", "2021-W44", "12:30", "1:2:3",
        "\"", "'", "\"quoted\"", "'single'", "''", "a\"b", ":", "a: b", "key:", "#", "a #b", "#!",
        "-", "- item", "--", "---", "...", "=", "=SUM(A1:A2)", "=HYPERLINK(\"http://x\")", "+", "+1", "@", "@user", "|", ">", "*", "&", "!", "%", "`", "?",
        "[", "]", "{", "}", ",", ";", "a,b;c", "\\", "\\n",
        "\n", "line\nbreak", "\r\n", "\r", "\t", "\ttab", " ", "  ", " lead", "trail ",
        "\u0000", "\u0001", "\u001B", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0", "\u00AD", "\u200B", "\u200E", "\u200F", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uE000",
        "►", "•", "–", "—", "’", "“x”", "ایران", "İ", "ß",
        "😀", "👍🏽", "𝔘𝔫𝔦", "\U0010FFFF", "\U00010000",
    ];

    // Any code point but the surrogates themselves; one above U+FFFF becomes a surrogate pair.
    private static readonly Gen<string> CodePoint =
        Gen.Int[1, 0x10FFFF].Select(c => char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? c + 0x800 : c));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.OneOf(Pieces)),
        (2, Gen.String[Gen.Char[' ', '~'], 0, 8]),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 12]),
        (1, CodePoint));

    /// <summary>Up to four pieces run together: empty one time in eight or so.</summary>
    public static readonly Gen<string> Any = Piece.Array[0, 4].Select(string.Concat);

    public static readonly Gen<string?> OrNull = Any.Null(0.25);
}
