using System.Globalization;

namespace Spotlight.Tests.Properties;

/// <summary>
/// What the parser gets wrong today (<see cref="DateExtractorBugTests"/>), so that the generators can leave it
/// out until it is fixed and the properties keep looking for other bugs. Remove a check with its bug.
/// </summary>
internal static class KnownParserBugs
{
    /// <summary>A decimal digit other than 0–9 (Arabic-Indic, Balinese, …): a date written with one crashes the date extractor.</summary>
    public static bool IsOtherDigit(char c) =>
        !char.IsAsciiDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    public static bool HasOtherDigits(string text) => text.Any(IsOtherDigit);

    /// <summary>The text with every such digit written as '#'.</summary>
    public static string WithoutOtherDigits(string text) =>
        HasOtherDigits(text) ? string.Concat(text.Select(c => IsOtherDigit(c) ? '#' : c)) : text;
}
