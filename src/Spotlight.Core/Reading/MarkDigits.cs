namespace Spotlight.Reading;

/// <summary>
/// A number under 2^30 written as three characters that stand alone in no decoded text, and that no character reference
/// gives alone either: low surrogates, ten bits each. The marks written into a page before the HTML parser reads it
/// (<see cref="HtmlBreaks"/>, <see cref="HtmlStandIns"/>) carry their places in the page this way.
/// </summary>
internal static class MarkDigits
{
    public const int Count = 3;

    /// <summary>The first number that cannot be written: numbers are taken modulo it.</summary>
    public const int Limit = 1 << (Count * Bits);

    private const char First = '\uDC00';
    private const int Bits = 10;

    /// <summary>Writes <paramref name="value"/> in the first <see cref="Count"/> characters of <paramref name="to"/>.</summary>
    public static void Write(Span<char> to, int value)
    {
        for (int i = 0; i < Count; i++)
            to[i] = (char)(First + ((value >> ((Count - 1 - i) * Bits)) & ((1 << Bits) - 1)));
    }

    /// <summary>The number written at <paramref name="at"/> of <paramref name="text"/>, or -1 where its digits are not all there.</summary>
    public static int Read(ReadOnlySpan<char> text, int at)
    {
        int value = 0;
        for (int i = at; i < at + Count; i++)
        {
            if (i >= text.Length || (uint)(text[i] - First) >= 1u << Bits)
                return -1;
            value = value << Bits | (text[i] - First);
        }
        return value;
    }
}
