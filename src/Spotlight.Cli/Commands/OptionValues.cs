using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Spotlight.Cli.Commands;

/// <summary>
/// Option values checked where the command line is read, each error naming the option and what it takes, so that
/// no value the parser lets through can fail later (an empty path, a count that overflows when multiplied).
/// </summary>
internal static class OptionValues
{
    /// <summary>
    /// An option's value as typed (the last one given), or null when it was not given: what a check that runs before the
    /// values are read looks at (a format not given leaves the choice to the output file's name; a bad value has its own error).
    /// </summary>
    public static string? Typed(SymbolResult result, Option option) =>
        result.GetResult(option) is { Tokens.Count: > 0 } given ? given.Tokens[^1].Value : null;

    /// <summary>A whole number in a range: "--jobs: 'abc' is not a whole number from 1 to 1024".</summary>
    public static Func<ArgumentResult, int> WholeNumber(string name, int min, int max) => result =>
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
            return value;
        result.AddError($"{name}: '{text}' is not a whole number from {min} to {max}");
        return min;
    };

    /// <summary>The same for an option whose absence means something (null).</summary>
    public static Func<ArgumentResult, int?> OptionalWholeNumber(string name, int min, int max)
    {
        var parse = WholeNumber(name, min, max);
        return result => parse(result);
    }

    /// <summary>A path option given as an empty string names no file; said so here rather than by a failed open later.</summary>
    public static void NotEmpty(Option<string?> option) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
                result.AddError($"{option.Name}: the path is empty (expected {option.HelpName ?? "a path"})");
        });
}
