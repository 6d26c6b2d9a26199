using System.Text.RegularExpressions;

namespace Spotlight.Parsing.Layout;

/// <summary>
/// Footnote marks the text carries ("week1", "Overview[1]", "Iran¹"), and the lines that open the footnotes
/// they point to ("1 Figures in this section …"). A line is a footnote only for a mark the text carries.
/// </summary>
internal sealed partial class FootnoteMarks
{
    [GeneratedRegex(@"^(?<mark>[0-9]{1,2}|\[[0-9]{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?=[\p{Lu}“""])")]
    private static partial Regex Opening();

    private readonly string _text;
    private HashSet<string>? _marks;

    private FootnoteMarks(string text) => _text = text;

    /// <summary>The footnote marks of a text; looked for only once a line shaped like a footnote asks, since most reports have none.</summary>
    public static FootnoteMarks In(string text) => new(text);

    private HashSet<string> Marks => _marks ??= Find(_text);

    private static readonly System.Buffers.SearchValues<char> MarkStarts = System.Buffers.SearchValues.Create("0123456789[¹²³⁴⁵⁶⁷⁸⁹⁰");

    /// <summary>The marks the text carries, found in one pass over it.</summary>
    private static HashSet<string> Find(string text)
    {
        var marks = new HashSet<string>(StringComparer.Ordinal);
        var span = text.AsSpan();
        for (int at = span.IndexOfAny(MarkStarts); at >= 0;)
        {
            int end = at;
            if (char.IsAsciiDigit(span[at]))
            {
                while (end < span.Length && char.IsAsciiDigit(span[end]))
                    end++;
                if (end - at <= 2 && GluedToAWord(span, at) && (end == span.Length || char.IsWhiteSpace(span[end]) || span[end] is '.' or ',' or ';' or ':' or ')'))
                    marks.Add(span[at..end].ToString());
            }
            else if (span[at] == '[')
            {
                end = at + 1;
                while (end < span.Length && end - at <= 3 && char.IsAsciiDigit(span[end]))
                    end++;
                if (end > at + 1 && end < span.Length && span[end] == ']')
                    marks.Add(span[(at + 1)..end].ToString());
            }
            else
            {
                while (end < span.Length && IsSuperscriptDigit(span[end]))
                    end++;
                marks.Add(Normal(span[at..end].ToString()));
            }
            end = Math.Max(end, at + 1);
            int next = span[end..].IndexOfAny(MarkStarts);
            at = next < 0 ? -1 : end + next;
        }
        return marks;
    }

    // "week1", "ministry.1", "Iran,”2": a lower-case word, perhaps a stop or a closing quote, then the number.
    private static bool GluedToAWord(ReadOnlySpan<char> text, int at)
    {
        int before = at - 1;
        if (before >= 0 && text[before] is '.' or ',' or ';' or ':' or '”' or '’' or '"')
            before--;
        return before >= 0 && char.IsLower(text[before]);
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    /// <summary>Whether a line opens a footnote for a mark the text carries.</summary>
    public bool Opens(ReadOnlySpan<char> line) =>
        line.Length > 1 && MarkStarts.Contains(line[0]) && TryOpen(line.ToString(), out _, out _);

    /// <summary>The mark a footnote line opens with, if the text carries that mark elsewhere.</summary>
    public bool TryOpen(string line, out string mark, out int textStart)
    {
        mark = "";
        textStart = 0;
        var match = Opening().Match(line);
        if (!match.Success)
            return false;
        string written = match.Groups["mark"].Value;
        string number = written.StartsWith('[') ? written[1..^1] : char.IsAsciiDigit(written[0]) ? written : Normal(written);
        // A plain number needs a space before the text: "1 Figures"; "1Figures" is a word.
        if (char.IsAsciiDigit(written[0]) && (match.Length == written.Length))
            return false;
        if (!Marks.Contains(number))
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
