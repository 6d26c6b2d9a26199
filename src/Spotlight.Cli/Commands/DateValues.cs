using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Spotlight.Cli.Commands;

/// <summary>The values of timeline's filters, checked where the command line is read.</summary>
internal static class DateValues
{
    /// <summary>
    /// A day written as an ISO date (2021-11-05) or month (2021-11), the month standing for its first day, or with
    /// <paramref name="lastDayOfMonth"/> its last: "--to 2021-11" keeps November whole.
    /// </summary>
    public static Func<ArgumentResult, DateOnly?> Day(string name, bool lastDayOfMonth) => result =>
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (TryDay(text, lastDayOfMonth, out var day))
            return day;
        result.AddError($"{name}: '{text}' is not a date (2021-11-05) or a month (2021-11)");
        return null;
    };

    public static bool TryDay(string text, bool lastDayOfMonth, out DateOnly day)
    {
        var n = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", n, DateTimeStyles.None, out day))
            return true;
        if (text.Length != 7 || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", n, DateTimeStyles.None, out var first))
            return false;
        day = lastDayOfMonth ? first.AddMonths(1).AddDays(-1) : first;
        return true;
    }

    /// <summary>A name to keep given as an empty string would keep nothing: said so rather than run to an empty output.</summary>
    public static void NoneEmpty(Option<string[]> option) =>
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (string.IsNullOrWhiteSpace(token.Value))
                    result.AddError($"{option.Name}: the value is empty (expected {option.HelpName})");
            }
        });
}
