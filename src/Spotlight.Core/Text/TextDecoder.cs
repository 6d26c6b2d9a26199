using Spotlight.Diagnostics;
using System.Buffers;
using System.Text;

namespace Spotlight.Text;

/// <summary>
/// Turns input bytes into text: UTF-8 with or without BOM, UTF-16 with BOM. Bytes that are not UTF-8
/// are never silently replaced: text with no UTF-8 sequence in it at all is read as Windows-1252 (what
/// older Windows editors save) with a warning; UTF-8 with bad bytes in it keeps U+FFFD in their place
/// with an error naming the first one.
/// </summary>
public static class TextDecoder
{
    // Throw on the first invalid sequence instead of replacing it, so that clean text is decoded in one call.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <param name="declaredSingleByte">The document declares a single-byte charset (an HTML page's meta
    /// charset of windows-1252 or ISO-8859-1): bytes that are not UTF-8 are then read as that, without a warning.</param>
    /// <exception cref="NotTextException">The bytes are binary, not text.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool declaredSingleByte = false)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], offset: 3, declaredSingleByte);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], StrictUtf16Le, Encoding.Unicode, "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], StrictUtf16Be, Encoding.BigEndianUnicode, "utf-16be");

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new NotTextException($"not a text file (NUL byte at offset {nul})");
        if (LooksBinary(bytes, out int control))
            throw new NotTextException($"not a text file (control byte 0x{bytes[control]:X2} at offset {control})");
        return DecodeUtf8(bytes, offset: 0, declaredSingleByte);
    }

    // Enough of a file to tell text from binary; text has next to no control characters, binary data one byte in nine.
    private const int BinaryProbe = 64 * 1024;

    // Control characters that text does not hold; tab, line ends, form feed, vertical tab and escape it may.
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r' or 0x0B or 0x0C or 0x1B)).Select(b => (byte)b), 0x7F]);

    /// <summary>More than a few control characters, and more than one byte in a hundred: binary data, not text with a stray one in it.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out int first)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbe)];
        first = probe.IndexOfAny(Controls);
        if (first < 0)
            return false;
        int count = 0;
        for (int at = first; at >= 0 && at < probe.Length; count++)
        {
            int next = probe[(at + 1)..].IndexOfAny(Controls);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return count > 8 && count * 100 > probe.Length;
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, int offset, bool declaredSingleByte)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
        }

        var scan = Utf8Scan.Of(bytes);
        if (scan.MultiByteRunes == 0)
        {
            string text = Windows1252.Decode(bytes);
            var finding = declaredSingleByte ? null : DiagnosticRegistry.ReadAsWindows1252.At(
                LineOf(bytes, scan.FirstInvalid), ColumnOf(bytes, scan.FirstInvalid),
                detail: $"byte 0x{bytes[scan.FirstInvalid]:X2} at offset {offset + scan.FirstInvalid}");
            return new DecodedText(text, "windows-1252", finding);
        }

        // Mostly UTF-8 with damage in it (a truncated download, text pasted from elsewhere): keep the text,
        // mark the damage where it is, and say so.
        return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", DiagnosticRegistry.EncodingDamage.At(
            LineOf(bytes, scan.FirstInvalid), ColumnOf(bytes, scan.FirstInvalid),
            detail: $"{Plural(scan.InvalidSequences, "invalid UTF-8 sequence")} replaced by U+FFFD, the first at offset {offset + scan.FirstInvalid}"));
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding strict, Encoding replacing, string name)
    {
        try
        {
            if (bytes.Length % 2 == 0)
                return new DecodedText(strict.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException)
        {
        }
        string text = replacing.GetString(bytes);
        int at = text.IndexOf('\uFFFD');
        string where = bytes.Length % 2 != 0 ? "an odd number of bytes" : "a lone surrogate";
        var (line, column) = at < 0 ? (null as int?, null as int?) : LineAndColumn(text, at);
        return new DecodedText(text, name, DiagnosticRegistry.EncodingDamage.At(line, column,
            detail: $"{where} in {name.ToUpperInvariant()} text, replaced by U+FFFD"));
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static int ColumnOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int lineStart = bytes[..offset].LastIndexOf((byte)'\n') + 1;
        return Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
    }

    private static (int?, int?) LineAndColumn(string text, int at)
    {
        var before = text.AsSpan(0, at);
        return (before.Count('\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>What a byte-by-byte reading as UTF-8 found: sequences that decode to more than one byte, and the bad ones.</summary>
    private readonly record struct Utf8Scan(int MultiByteRunes, int InvalidSequences, int FirstInvalid)
    {
        public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
        {
            int multiByte = 0, invalid = 0, first = -1;
            int at = 0;
            while (at < bytes.Length)
            {
                // Runs of ASCII need no decoding.
                int ascii = bytes[at..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (ascii < 0)
                    break;
                at += ascii;
                if (Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed) == OperationStatus.Done)
                {
                    multiByte++;
                }
                else
                {
                    invalid++;
                    if (first < 0)
                        first = at;
                }
                at += consumed;
            }
            return new Utf8Scan(multiByte, invalid, first);
        }
    }
}
