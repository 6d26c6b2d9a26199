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
    [GeneratedRegex(@"^\s*(?<marker>(?:[-–*]\s*)?[►▶•▪●■◆◦‣▸]|[-–*](?=\s)|[0-9]{1,2}\.(?=\s|\p{Lu}))\s*")]
    private static partial Regex Pattern();

    /// <summary>Whether a marker is a number ("1."), which a wrapped line can also begin with ("14. …").</summary>
    public static bool IsNumber(string marker) => marker.Length > 0 && char.IsDigit(marker[0]);

    /// <summary>The marker of a line and where its text starts, located without a match object.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out string marker, out int textStart)
    {
        marker = "";
        textStart = 0;
        var found = Pattern().EnumerateMatches(line);
        if (!found.MoveNext() || found.Current.Length == line.Length)
            return false;
        textStart = found.Current.Length;
        marker = line[..textStart].Trim().ToString();
        return true;
    }

    /// <summary>Whether a line opens with a marker, without taking it apart.</summary>
    public static bool StartsWithMarker(ReadOnlySpan<char> line)
    {
        var found = Pattern().EnumerateMatches(line);
        return found.MoveNext() && found.Current.Length < line.Length;
    }
}
