namespace Spotlight.Text;

/// <summary>
/// Windows-1252, as web browsers decode it: 0x80–0x9F hold typographic marks (’ is 0x92), the five
/// bytes the code page leaves unassigned become the C1 controls of the same number, and every other
/// byte is the Latin-1 character of that number. Every byte decodes, so nothing is replaced.
/// </summary>
internal static class Windows1252
{
    private const string C1 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string Decode(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                byte b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? C1[b - 0x80] : (char)b;
            }
        });
}
