using System.Text.RegularExpressions;

namespace Spotlight.Parsing;

/// <summary>
/// The glyph that opens a bullet paragraph: ►, ▶, •, ▪, a dash or asterisk followed by a space,
/// "- ▶", or a number such as "1."; with or without a space after it.
/// </summary>
internal static partial class BulletMarker
{
    // A dash or asterisk alone must be followed by white space, so that "**emphasis**" and
    // "-50" do not open items; a glyph may touch the text.
    [GeneratedRegex(@"^\s*(?<marker>(?:[-–*]\s*)?[►▶•▪●■◆◦‣▸]|[-–*](?=\s)|\d{1,2}\.(?=\s|\p{Lu}))\s*")]
    private static partial Regex Pattern();

    /// <summary>Whether a marker is a number ("1."), which a wrapped line can also begin with ("14. …").</summary>
    public static bool IsNumber(string marker) => marker.Length > 0 && char.IsDigit(marker[0]);

    /// <summary>Splits a line into its marker (as written) and the text after it.</summary>
    public static bool TryMatch(string line, out string marker, out string text)
    {
        marker = text = "";
        // Located without a match object; the marker is what the match holds between its white space.
        var found = Pattern().EnumerateMatches(line);
        if (!found.MoveNext() || found.Current.Length == line.Length)
            return false;
        int length = found.Current.Length;
        marker = line.AsSpan(0, length).Trim().ToString();
        text = line[length..];
        return true;
    }

    /// <summary>Whether a line opens with a marker, without taking it apart.</summary>
    public static bool StartsWithMarker(string line)
    {
        var found = Pattern().EnumerateMatches(line);
        return found.MoveNext() && found.Current.Length < line.Length;
    }
}
