namespace Spotlight.Reading;

/// <summary>
/// The text of a PDF with what PDF takes as white space between tokens written as spaces, so that patterns
/// looking for <c>4 0 obj</c> or <c>4 0 R</c> find what PdfPig finds: NUL, and comments (<c>4 %x</c>, new
/// line, <c>0 R</c> is a reference). A % inside a string or in a stream's data is no comment, and is kept.
/// Every character stays at its offset.
/// </summary>
internal static class PdfWhiteSpace
{
    public static string Normalise(string text)
    {
        if (!text.Contains('%') && !text.Contains('\0'))
            return text;
        var chars = text.ToCharArray();
        int i = 0;
        while (i < chars.Length)
        {
            switch (chars[i])
            {
                case '\0':
                    chars[i++] = ' ';
                    break;
                case '%':
                    for (; i < chars.Length && chars[i] is not ('\n' or '\r'); i++)
                        chars[i] = ' ';
                    break;
                case '(':
                    i = AfterString(chars, i);
                    break;
                case 's' when IsStreamKeyword(text, i):
                    int end = text.IndexOf("endstream", i + "stream".Length, StringComparison.Ordinal);
                    i = end < 0 ? chars.Length : end + "endstream".Length;
                    break;
                default:
                    i++;
                    break;
            }
        }
        return new string(chars);
    }

    /// <summary>Past a literal string: parentheses inside it balance, and a backslash escapes the next character.</summary>
    private static int AfterString(char[] chars, int open)
    {
        int depth = 0;
        for (int i = open; i < chars.Length; i++)
        {
            switch (chars[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i + 1;
            }
        }
        return chars.Length;
    }

    /// <summary>The keyword that opens a stream's data: "stream" standing alone, followed by the end of its line.</summary>
    private static bool IsStreamKeyword(string text, int at) =>
        string.CompareOrdinal(text, at, "stream", 0, "stream".Length) == 0
        && (at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]))
        && at + "stream".Length < text.Length && text[at + "stream".Length] is '\r' or '\n';
}
