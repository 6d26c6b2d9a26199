using System.Text.RegularExpressions;

namespace Spotlight.Parsing;

/// <summary>Clean-ups of single lines shared by the header and heading recognisers.</summary>
internal static partial class LineText
{
    [GeneratedRegex(@"\[[0-9]{1,3}\]|[*`#_¹²³⁰-⁹]+")]
    private static partial Regex StrayMarks();

    /// <summary>Removes footnote marks, emphasis marks, stray backticks and a trailing colon.</summary>
    public static string StripMarks(string line)
    {
        string stripped = line.AsSpan().IndexOfAny(MarkStarts) < 0 ? line : StrayMarks().Replace(line, "");
        return stripped.Trim().TrimEnd(':', ' ').Trim();
    }

    private static readonly System.Buffers.SearchValues<char> MarkStarts =
        System.Buffers.SearchValues.Create("[*`#_¹²³⁰⁴⁵⁶⁷⁸⁹");

    /// <summary>True when the line is blank or holds only white space (PDF extraction leaves such lines).</summary>
    public static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();
}
