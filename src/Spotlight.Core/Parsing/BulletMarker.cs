using System.Text.RegularExpressions;

namespace Spotlight.Parsing;

/// <summary>
/// The glyph that opens a bullet paragraph: ►, ▶, •, ▪, a private-use symbol-font code point, a dash or
/// asterisk followed by a space, "- ▶", or a number such as "1."; with or without a space after it. A
/// letter that a PDF converter wrote for a symbol-font bullet ("n", "l", "q", "Ø", "§") is a marker only
/// where the document uses it so (<see cref="Layout.BulletLetters"/>).
/// </summary>
internal static partial class BulletMarker
{
    // A dash or asterisk alone must be followed by white space, so that "**emphasis**" and
    // "-50" do not open items; a glyph may touch the text. U+F0A7, U+F0B7, U+F0D8 and their neighbours are
    // Symbol and Wingdings bullets as converters leave them.
    private const string Glyph = @"(?:[-–*]\s*)?[►▶•▪●■◆◦‣▸\uF06E\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF0A8]";

    [GeneratedRegex(@"^\s*(?<marker>" + Glyph + @"|[-–*](?=\s)|[0-9]{1,2}\.(?=\s|\p{Lu}))\s*")]
    private static partial Regex Pattern();

    // The same markers standing alone on a trimmed line, as a PDF converter writes them with the text on the next
    // line; here a dash or a number needs nothing after it.
    [GeneratedRegex(@"^(?:" + Glyph + @"|[-–*]|[0-9]{1,2}\.)$")]
    private static partial Regex AlonePattern();

    /// <summary>Whether a marker is a number ("1."), which a wrapped line can also begin with ("14. …").</summary>
    public static bool IsNumber(string marker) => marker.Length > 0 && char.IsDigit(marker[0]);

    /// <summary>The marker of a line and where its text starts, located without a match object.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out string marker, out int textStart) =>
        TryMatch(line, Layout.BulletLetters.None, out marker, out textStart);

    /// <summary>As <see cref="TryMatch(ReadOnlySpan{char}, out string, out int)"/>, with the letters the document uses as bullets.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, Layout.BulletLetters letters, out string marker, out int textStart)
    {
        marker = "";
        textStart = 0;
        var found = Pattern().EnumerateMatches(line);
        if (found.MoveNext() && found.Current.Length < line.Length)
        {
            textStart = found.Current.Length;
            marker = line[..textStart].Trim().ToString();
            return true;
        }
        if (letters.TryMatch(line, out char letter, out textStart))
        {
            marker = letter.ToString();
            return true;
        }
        return false;
    }

    /// <summary>Whether a line opens with a marker, without taking it apart.</summary>
    public static bool StartsWithMarker(ReadOnlySpan<char> line)
    {
        var found = Pattern().EnumerateMatches(line);
        return found.MoveNext() && found.Current.Length < line.Length;
    }

    /// <summary>As <see cref="StartsWithMarker(ReadOnlySpan{char})"/>, counting the document's bullet letters.</summary>
    public static bool StartsWithMarker(ReadOnlySpan<char> line, Layout.BulletLetters letters) =>
        StartsWithMarker(line) || letters.TryMatch(line, out _, out _);

    /// <summary>Whether a line opens an item: a marker with its text, or a marker alone with its text below.</summary>
    public static bool OpensItem(ReadOnlySpan<char> line, Layout.BulletLetters letters) =>
        StartsWithMarker(line, letters) || IsAlone(line, letters, out _);

    /// <summary>
    /// Whether a line holds a marker and nothing else, its text on a later line; a letter counts only where the
    /// document uses it as a bullet.
    /// </summary>
    public static bool IsAlone(ReadOnlySpan<char> line, Layout.BulletLetters letters, out string marker)
    {
        var trimmed = line.Trim();
        marker = "";
        if (AlonePattern().IsMatch(trimmed))
        {
            marker = trimmed.ToString();
            return true;
        }
        if (letters.IsAlone(trimmed, out char letter))
        {
            marker = letter.ToString();
            return true;
        }
        return false;
    }
}
