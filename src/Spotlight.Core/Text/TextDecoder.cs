using System.Text;
using Spotlight.Reading;

namespace Spotlight.Text;

/// <summary>Turns input bytes into a string: UTF-8 with or without BOM, UTF-16 with BOM.</summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], offset: 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new ReportReadException($"not a text file (NUL byte at offset {nul})");
        return DecodeUtf8(bytes, offset: 0);
    }

    // Throws on the first invalid sequence instead of replacing it, so valid text is decoded in one call.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException($"not UTF-8 text (invalid byte at offset {offset + FirstInvalidByte(bytes)})");
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
                return at;
            at += consumed;
        }
        return at;
    }
}
