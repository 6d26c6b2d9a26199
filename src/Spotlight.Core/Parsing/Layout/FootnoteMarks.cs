using System.Text.RegularExpressions;

namespace Spotlight.Parsing.Layout;

/// <summary>
/// Footnote marks the text carries ("week1", "Overview[1]", "Iran¹"), and the lines that open the footnotes
/// they point to ("1 Figures in this section …"). A line is a footnote only for a mark the text carries.
/// </summary>
internal sealed partial class FootnoteMarks
{
    // A number glued to a lower-case word ("week1", "ministry.2") or in brackets, or superscript digits.
    [GeneratedRegex(@"(?<=\p{Ll}[.,;:”’""]?)(?<n>[0-9]{1,2})(?=[\s.,;:)]|$)|\[(?<n>[0-9]{1,2})\]|(?<s>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)", RegexOptions.Multiline)]
    private static partial Regex Mark();

    [GeneratedRegex(@"^(?<mark>[0-9]{1,2}|\[[0-9]{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?=[\p{Lu}“""])")]
    private static partial Regex Opening();

    private readonly HashSet<string> _marks;

    private FootnoteMarks(HashSet<string> marks) => _marks = marks;

    public static FootnoteMarks In(string text)
    {
        var marks = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Mark().Matches(text))
            marks.Add(match.Groups["n"].Success ? match.Groups["n"].Value : Normal(match.Groups["s"].Value));
        return new FootnoteMarks(marks);
    }

    /// <summary>The mark a footnote line opens with, if the text carries that mark elsewhere.</summary>
    public bool TryOpen(string line, out string mark, out int textStart)
    {
        mark = "";
        textStart = 0;
        if (_marks.Count == 0)
            return false;
        var match = Opening().Match(line);
        if (!match.Success)
            return false;
        string written = match.Groups["mark"].Value;
        string number = written.StartsWith('[') ? written[1..^1] : char.IsAsciiDigit(written[0]) ? written : Normal(written);
        // A plain number needs a space before the text: "1 Figures"; "1Figures" is a word.
        if (char.IsAsciiDigit(written[0]) && (match.Length == written.Length))
            return false;
        if (!_marks.Contains(number))
            return false;
        (mark, textStart) = (written, match.Length);
        return true;
    }

    /// <summary>A footnote line's mark and its text; the mark is empty when the line opens with none.</summary>
    public static (string Mark, string Text) Split(string line)
    {
        var match = Opening().Match(line);
        return match.Success ? (match.Groups["mark"].Value, line[match.Length..].Trim()) : ("", line);
    }

    private static string Normal(string superscript)
    {
        Span<char> digits = stackalloc char[superscript.Length];
        for (int i = 0; i < superscript.Length; i++)
            digits[i] = superscript[i] switch { '¹' => '1', '²' => '2', '³' => '3', '⁰' => '0', char c => (char)('0' + (c - '⁰')) };
        return new string(digits);
    }
}
