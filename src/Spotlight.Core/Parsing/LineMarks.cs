using System.Text.RegularExpressions;

namespace Spotlight.Parsing;

/// <summary>Clean-ups of single lines shared by the header and heading recognisers.</summary>
internal static partial class LineMarks
{
    [GeneratedRegex(@"\[[0-9]{1,3}\]|[*`#_¹²³⁰-⁹]+|(?<=\p{Ll})[0-9]{1,2}$")]
    private static partial Regex StrayMarks();

    [GeneratedRegex(@"(?:\[[0-9]{1,3}\]|[*¹²³⁰-⁹]+|(?<=\p{Ll})[0-9]{1,2})\s*$")]
    private static partial Regex TrailingFootnoteMark();

    /// <summary>A heading without the footnote mark glued to its end ("Main events of the week1", "Overview[1]").</summary>
    public static string WithoutFootnoteMark(string line) =>
        line.Length > 0 && (char.IsAsciiDigit(line[^1]) || line[^1] is ']' or '*' or '¹' or '²' or '³' or (>= '⁰' and <= '⁹'))
            ? TrailingFootnoteMark().Replace(line, "").TrimEnd()
            : line;

    /// <summary>Removes footnote marks, emphasis marks, stray backticks and a trailing colon.</summary>
    public static string StripMarks(string line)
    {
        string stripped = line.AsSpan().IndexOfAny(MarkStarts) < 0 && (line.Length == 0 || !char.IsAsciiDigit(line[^1]))
            ? line : StrayMarks().Replace(line, "");
        return stripped.Trim().TrimEnd(':', ' ').Trim();
    }

    private static readonly System.Buffers.SearchValues<char> MarkStarts =
        System.Buffers.SearchValues.Create("[*`#_¹²³⁰⁴⁵⁶⁷⁸⁹");

    /// <summary>True when the line is blank or holds only white space (PDF extraction leaves such lines).</summary>
    public static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();
}
