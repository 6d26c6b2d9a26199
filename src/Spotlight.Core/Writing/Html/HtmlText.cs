using System.Text;

namespace Spotlight.Writing.Html;

/// <summary>
/// Report text made safe to stand in a page: markup characters escaped, so that a report holding <c>&lt;script&gt;</c>
/// shows it as text, and characters a page may not hold (controls, lone surrogates, noncharacters) shown as a
/// replacement rather than left for a browser to guess at.
/// </summary>
public static class HtmlText
{
    /// <summary>Text between tags.</summary>
    public static void Append(StringBuilder page, ReadOnlySpan<char> text) => Escape(page, text, attribute: false);

    /// <summary>The value of an attribute written in double quotes.</summary>
    public static void AppendAttribute(StringBuilder page, ReadOnlySpan<char> text) => Escape(page, text, attribute: true);

    public static string Escaped(string text)
    {
        var page = new StringBuilder(text.Length + 16);
        Append(page, text);
        return page.ToString();
    }

    private static void Escape(StringBuilder page, ReadOnlySpan<char> text, bool attribute)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': page.Append("&amp;"); continue;
                case '<': page.Append("&lt;"); continue;
                case '>': page.Append("&gt;"); continue;
                case '"' when attribute: page.Append("&quot;"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNoncharacter(scalar))
                    page.Append('\uFFFD');
                else
                    page.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            page.Append(Allowed(c) ? c : '\uFFFD');
        }
    }

    /// <summary>Whether a page may hold the character as it is (HTML's rules on controls, surrogates and noncharacters).</summary>
    private static bool Allowed(char c) => c switch
    {
        '\t' or '\n' or '\r' or '\f' => true,
        < ' ' => false,
        >= '\u007F' and <= '\u009F' => false,
        _ when char.IsSurrogate(c) => false,
        _ => !IsNoncharacter(c),
    };

    private static bool IsNoncharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;
}
