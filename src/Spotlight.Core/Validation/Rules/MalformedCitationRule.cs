using Spotlight.Diagnostics;
using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT015: a citation written wrong: no comma between source and date ("(Fars November 15)"), a month
/// misspelt ("(Fars, Novembre 15)"), a day no calendar has ("(Fars, February 30)"), no source before the date ("(, May 28, 2017)"), or parentheses
/// that do not pair up.
/// </summary>
public sealed partial class MalformedCitationRule : NodeRule
{
    [GeneratedRegex(@"\((?<name>[A-Z][^,;()]*?)\s+(?<month>[A-Z][a-z]{2,8})\.?\s+[0-9]{1,2}(?:,?\s+[0-9]{4})?\)")]
    private static partial Regex NoComma();

    [GeneratedRegex(@"\([^,;()]+,\s*(?<month>[A-Za-z]{3,10})\s+(?<day>[0-9]{1,2})(?:,?\s+(?<year>[0-9]{4}))?\)")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"\(\s*,\s*[^()]*[0-9][^()]*\)")]
    private static partial Regex NoSource();

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public override IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context)
    {
        foreach (Match match in NoComma().Matches(node.Text))
        {
            if (context.Profile.Months.TryParse(match.Groups["month"].ValueSpan, out _))
                yield return At(context, node, match, "no comma between source and date");
        }
        foreach (Match match in NamedMonth().Matches(node.Text))
        {
            string word = match.Groups["month"].Value;
            if (!context.Profile.Months.TryParse(word, out int month))
            {
                if (IsMisspeltMonth(word))
                    yield return At(context, node, match, $"'{word}' is not a month");
            }
            else if (!IsDay(month, match.Groups["day"].ValueSpan, match.Groups["year"]))
            {
                yield return At(context, node, match, $"no such day as {word} {match.Groups["day"].Value}"
                    + (match.Groups["year"].Success ? $", {match.Groups["year"].Value}" : ""));
            }
        }
        foreach (Match match in NoSource().Matches(node.Text))
            yield return At(context, node, match, "no source before the date");

        int open = node.Text.Count(c => c == '('), close = node.Text.Count(c => c == ')');
        if (open != close)
            yield return Descriptor.At(node.Lines.First, 1, node.Id, $"{open} '(' but {close} ')'");
    }

    private Diagnostic At(ValidationContext context, NodeInSection node, Match match, string detail)
    {
        var (line, column) = context.Locate(node, match.Index);
        return Descriptor.At(line, column, node.Id, $"{match.Value}: {detail}");
    }

    // Without a year, February 29 is a day (of a leap year); with one, the calendar of that year decides.
    private static bool IsDay(int month, ReadOnlySpan<char> day, Group year)
    {
        int d = int.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        int y = year.Success ? int.Parse(year.ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 2000;
        return d >= 1 && y >= 1 && d <= DateTime.DaysInMonth(y, month);
    }

    /// <summary>Within two edits of a month's name: "Novembre", "Febuary", "Setpember".</summary>
    private static bool IsMisspeltMonth(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower.Length >= 4 && MonthNames.Any(month => EditDistance(lower, month) <= 2);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
