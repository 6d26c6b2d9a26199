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
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            int length = Normalise(text, buffer);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(MemoryMarshal.AsBytes(buffer.AsSpan(0, length)), digest);
            return MemoryMarshal.Read<UInt128>(digest);
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
