using System.CommandLine;
using System.CommandLine.Parsing;

namespace Spotlight.Cli.Commands;

/// <summary>
/// The lines a wrong command line prints, one per error, each starting "spotlight: ". System.CommandLine's own errors
/// are kept but for two cases it words badly: a word it could not place on the bare command (it reports that word and
/// also that no command was given, two lines for one mistake), and a FILE that looks like an option.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Of(ParseResult result)
    {
        if (result.CommandResult.Command is RootCommand && result.UnmatchedTokens.Count > 0)
            return [Line(Unknown(result.UnmatchedTokens[0]))];
        var lines = result.Errors.Select(error => Line(error.Message)).ToList();
        lines.AddRange(OptionLikeFiles(result).Select(word => Line($"unknown option '{word}'")));
        return lines;
    }

    private static string Unknown(string word) => word.StartsWith('-') ? $"unknown option '{word}'" : $"unknown command '{word}'";

    /// <summary>
    /// Words the parser gave to a command's FILE argument that look like options and came before "--": a mistyped
    /// option is far likelier than a file named "-x", which "--" (or "./-x") lets a user name. The tokens are the
    /// parser's own objects, so those after "--" are told apart by position, not by spelling.
    /// </summary>
    private static IEnumerable<string> OptionLikeFiles(ParseResult result)
    {
        int endOfOptions = result.Tokens.ToList().FindIndex(token => token.Type == TokenType.DoubleDash);
        var afterEnd = endOfOptions < 0 ? [] : result.Tokens.Skip(endOfOptions + 1).ToHashSet(ReferenceEqualityComparer.Instance);
        return result.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Where(token => token.Value.Length > 1 && token.Value[0] == '-' && !afterEnd.Contains(token))
            .Select(token => token.Value);
    }

    // Some parser messages list choices on lines of their own; a script reads one line per error.
    private static string Line(string message) =>
        "spotlight: " + string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
