using System.Text;
using CsCheck;

namespace Spotlight.Tests.Properties;

/// <summary>Arbitrary inputs for the readers: any string, any bytes, and damaged forms of real ones.</summary>
internal static class InputGen
{
    /// <summary>Characters that trip text handling: BOM, no-break space, form feed, tab, emoji, bidi marks, Arabic, brackets.</summary>
    public static readonly string[] OddCharacters =
    [
        "\uFEFF", "\u00A0", "\f", "\t", "\v", "\r", "😀", "👍🏽", "\u200E", "\u200F", "\u202B", "\u202C", "\u061C",
        "ع", "ایران", "سوريا", "(", ")", "[", "]", "\u2028", "\u0085", "\u00AD", "\u200B", "\u0301", "İ", "ß", "\uFFFD", "\u0001",
    ];

    /// <summary>
    /// Any string: CsCheck's own, report-shaped texts, and runs of odd characters and text pieces. Digits other
    /// than 0–9 among them, which once crashed the date extractor (DateExtractorBugTests).
    /// </summary>
    public static readonly Gen<string> AnyString = Gen.Frequency(
        (3, Gen.String),
        (1, Gen.String[Gen.Char, 0, 300]),
        (4, ReportTextGen.Text),
        (2, ReportTextGen.Html),
        (2, Gen.OneOf(Gen.OneOf(OddCharacters), Gen.OneOf("\n", "\r\n", " ", "►", "Spotlight on Iran", "November 4, 2021", "(Fars, November 7)", "<p>", "</p>", "<article>")).Array[0, 40]
            .Select(string.Concat)));

    /// <summary>Bytes of a sample PDF, for damaged copies of it.</summary>
    private static readonly Lazy<byte[][]> Pdfs = new(() =>
        Directory.EnumerateFiles(TestFiles.Samples, "*.pdf").Order().Select(File.ReadAllBytes).ToArray());

    private static readonly Gen<(int At, byte Value)[]> ByteEdits = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 12];

    private static byte[] Edit(byte[] bytes, (int At, byte Value)[] edits, int keep)
    {
        var copy = bytes.AsSpan(0, Math.Min(bytes.Length, keep)).ToArray();
        if (copy.Length > 0)
        {
            foreach (var (at, value) in edits)
                copy[at % copy.Length] = value;
        }
        return copy;
    }

    /// <summary>
    /// Any bytes: random ones; report texts in UTF-8, UTF-16 (with its BOM) or with bytes overwritten;
    /// a PDF header before random bytes; the sample PDFs truncated or with bytes overwritten.
    /// </summary>
    public static readonly Gen<byte[]> AnyBytes = Gen.Frequency(
        (3, Gen.Byte.Array[0, 600]),
        (2, ReportTextGen.Text.Select(t => Encoding.UTF8.GetBytes(t))),
        (1, Gen.Select(ReportTextGen.Text, Gen.Bool, (t, little) =>
            (little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetPreamble().Concat((little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(t)).ToArray())),
        (2, Gen.Select(ReportTextGen.Text, ByteEdits, (t, edits) => Edit(Encoding.UTF8.GetBytes(t), edits, int.MaxValue))),
        (1, Gen.Select(Gen.OneOf("%PDF-1.4\n", "%PDF-1.7\n%\u00E2\u00E3\n", "%PDF-"), Gen.Byte.Array[0, 400],
            (header, rest) => Encoding.Latin1.GetBytes(header).Concat(rest).ToArray())),
        (2, Gen.Select(Gen.Int[0, 2], ByteEdits, Gen.Frequency((3, Gen.Const(int.MaxValue)), (1, Gen.Int[0, 50_000])),
            (pdf, edits, keep) => Edit(Pdfs.Value[pdf % Pdfs.Value.Length], edits, keep))));
}
