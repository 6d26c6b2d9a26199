using System.Text.RegularExpressions;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Section headings: known arenas from the section table, and other headings by their shape
/// (a short line of its own, no closing punctuation, not a bullet).
/// </summary>
internal static partial class HeadingRecogniser
{
    /// <summary>No heading, label or page number is longer; longer lines need no heading checks at all.</summary>
    public const int MaxHeadingLength = 80;
    private const int MaxHeadingWords = 10;

    [GeneratedRegex(@"^(?:page\s*)?[-–]?\s*[0-9]{1,4}\s*[-–]?(?:\s*(?:of|/)\s*[0-9]{1,4})?(?:\s*\|\s*page)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    public static bool IsPageNumber(ReadOnlySpan<char> line) => PageNumber().IsMatch(line);

    /// <summary>A heading the section table knows; a sentence that merely opens like one ("Iran and Iraq agreed …") is not.</summary>
    public static bool TryMatchKnown(string line, SectionTable sections, out Arena arena)
    {
        arena = null!;
        string text = LineMarks.StripMarks(line);
        return IsShort(text) && sections.TryMatch(text, out arena);
    }

    public static bool IsSummaryLabel(string line, SummaryLabels labels) => labels.Contains(LineMarks.StripMarks(line));

    /// <summary>A line that looks like a heading of its own, though no table knows it.</summary>
    public static bool HasHeadingShape(string line)
    {
        string text = LineMarks.StripMarks(line);
        return IsShort(text) && char.IsUpper(text[0]);
    }

    private static bool IsShort(string text)
    {
        if (text.Length is 0 or > MaxHeadingLength)
            return false;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)
            return false;
        char last = text[^1];
        return char.IsLetterOrDigit(last) || last is ')' or '”' or '"' or '’' or '\'';
    }
}
