using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Spotlight.Timeline;

/// <summary>
/// An event's text as two reports' copies of it are compared: every run of white space read as one space, none at
/// either end. Compared by a digest of that, made where the event is made (on the worker that parsed its report), so
/// that the merge of repeated events, which runs on one thread, neither reads nor copies texts.
/// </summary>
public static class TimelineText
{
    /// <summary>The first 128 bits of the SHA-256 of the normalised text: two texts with one key are the same text.</summary>
    public static UInt128 Key(string text)
    {
        if (IsNormal(text))
            return Digest(text);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            return Digest(buffer.AsSpan(0, Normalise(text, buffer)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The text with every run of white space read as one space, and none at either end.</summary>
    public static string Normalised(string text)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            return new string(buffer, 0, Normalise(text, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static UInt128 Digest(ReadOnlySpan<char> text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(text), digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>White space other than the space character (what <see cref="char.IsWhiteSpace(char)"/> says is white space).</summary>
    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    // Most texts are so already: they are read at the speed of a search, and not copied.
    private static bool IsNormal(ReadOnlySpan<char> text) =>
        text.IsEmpty
        || (text[0] != ' ' && text[^1] != ' ' && !text.ContainsAny(OtherWhiteSpace) && !text.Contains("  ", StringComparison.Ordinal));

    private static int Normalise(string text, char[] into)
    {
        int length = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
                into[length++] = ' ';
            space = false;
            into[length++] = c;
        }
        return length;
    }
}
