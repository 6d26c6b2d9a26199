using System.Text.RegularExpressions;
using Spotlight.Model;

namespace Spotlight.Parsing.Layout;

/// <summary>Lines a printed page leaves in extracted text: page numbers, and a document number set beside the page number.</summary>
internal static partial class PageLines
{
    // "045-17      3", "3      045-17", "ITIC 118-21   2": a document number (digits with a dash or slash in them)
    // and a page number, set at the two ends of the foot of the page (a PDF's words come a space apart).
    [GeneratedRegex(@"^(?:[A-Z]{0,6}\s?[0-9]{1,5}[-/][0-9]{1,5}[A-Za-z]?\s+[0-9]{1,4}|[0-9]{1,4}\s+[A-Z]{0,6}\s?[0-9]{1,5}[-/][0-9]{1,5}[A-Za-z]?)$")]
    private static partial Regex DocumentNumberLine();

    /// <summary>The kind of a line known to be furniture: a page line by its shape, else a running header.</summary>
    public static FurnitureKind FurnitureKindOf(ReadOnlySpan<char> trimmedLine) => KindOf(trimmedLine) ?? FurnitureKind.RunningHeader;

    /// <summary>The kind of furniture a line is by its shape alone, or null.</summary>
    public static FurnitureKind? KindOf(ReadOnlySpan<char> trimmedLine)
    {
        // Page lines are short and hold few letters ("Page", "of", a document prefix); prose is told apart at once.
        if (trimmedLine.Length is 0 or > 100)
            return null;
        int letters = 0;
        foreach (char c in trimmedLine)
        {
            if (char.IsLetter(c) && ++letters > 10)
                return null;
        }
        if (HeadingRecogniser.IsPageNumber(trimmedLine))
            return FurnitureKind.PageNumber;
        if (DocumentNumberLine().IsMatch(trimmedLine))
            return FurnitureKind.DocumentNumber;
        return null;
    }
}
