namespace Spotlight.Reading;

/// <summary>
/// Counts what a content stream draws without drawing it: glyphs (the bytes of its strings, an upper bound
/// for one-byte fonts and twice the count for two-byte ones), operations, and how often each XObject name is
/// drawn with <c>Do</c>.
/// </summary>
internal static class ContentScan
{
    public static (long Glyphs, long Operations, Dictionary<string, long> Draws) Count(ReadOnlySpan<byte> data)
    {
        long glyphs = 0, operations = 0;
        var draws = new Dictionary<string, long>(StringComparer.Ordinal);
        string? lastName = null;
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (IsWhite(b)) { i++; continue; }
            switch (b)
            {
                case (byte)'%':
                    while (i < data.Length && data[i] != '\n' && data[i] != '\r') i++;
                    continue;
                case (byte)'(':
                {
                    int depth = 0;
                    for (; i < data.Length; i++)
                    {
                        byte c = data[i];
                        if (c == '\\') { i++; glyphs++; continue; }
                        if (c == '(') { if (depth++ > 0) glyphs++; continue; }
                        if (c == ')') { if (--depth == 0) { i++; break; } glyphs++; continue; }
                        glyphs++;
                    }
                    lastName = null;
                    continue;
                }
                case (byte)'<' when i + 1 < data.Length && data[i + 1] == '<':
                    // A dictionary (a marked-content property list) opens: no string, and no glyphs.
                    i += 2;
                    continue;
                case (byte)'<' when i + 1 < data.Length:
                {
                    int start = ++i;
                    while (i < data.Length && data[i] != '>') i++;
                    glyphs += (i - start) / 2;
                    i++;
                    lastName = null;
                    continue;
                }
                case (byte)'/':
                {
                    int start = ++i;
                    while (i < data.Length && !IsWhite(data[i]) && !IsDelimiter(data[i])) i++;
                    lastName = PdfNames.Decode(System.Text.Encoding.Latin1.GetString(data[start..i]));
                    continue;
                }
            }
            if (IsDelimiter(b)) { i++; continue; }
            int wordStart = i;
            while (i < data.Length && !IsWhite(data[i]) && !IsDelimiter(data[i])) i++;
            var word = data[wordStart..i];
            if (word.Length == 0) { i++; continue; }
            byte first = word[0];
            if (first is (byte)'+' or (byte)'-' or (byte)'.' || (first >= '0' && first <= '9')
                || word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8))
                continue;
            operations++;
            if (word.SequenceEqual("Do"u8) && lastName is not null)
                draws[lastName] = draws.GetValueOrDefault(lastName) + 1;
            else if (word.SequenceEqual("ID"u8))
                i = EndOfInlineImage(data, i);
            lastName = null;
        }
        return (glyphs, operations, draws);
    }

    /// <summary>An inline image's data runs to the first <c>EI</c> standing alone.</summary>
    private static int EndOfInlineImage(ReadOnlySpan<byte> data, int from)
    {
        for (int j = from + 1; j + 1 < data.Length; j++)
        {
            if (data[j] == 'E' && data[j + 1] == 'I' && IsWhite(data[j - 1]) && (j + 2 == data.Length || IsWhite(data[j + 2])))
                return j + 2;
        }
        return data.Length;
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
