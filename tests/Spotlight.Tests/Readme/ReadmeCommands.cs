using System.Text.RegularExpressions;

namespace Spotlight.Tests.Readme;

/// <summary>
/// How a README command line is run by the test, and what is checked of one that is not run:
/// <list type="bullet">
/// <item><c>dotnet run --project src/Spotlight.Cli -- ARGS</c> runs as <c>spotlight ARGS</c>, and a published binary
/// in command position (<c>out/spotlight</c>, <c>/tmp/spotlight/spotlight</c>) as <c>spotlight</c>: both are the
/// program the test was built with, which a wrapper on PATH runs with <c>dotnet spotlight.dll</c>, so no example
/// builds it again.</item>
/// <item><c>dotnet test</c> and <c>dotnet publish</c> lines are never run (the first would run this test, the second
/// takes minutes and .ci/run does it); like every line, their paths are checked.</item>
/// <item>Every line, run or not: a word naming a path of the repository (<c>src/…</c>, <c>tests/…</c>, <c>docs/…</c>,
/// <c>seeds/…</c>, <c>samples/…</c>, <c>tools/…</c>, <c>.ci/…</c>, <c>*.sln</c>) must exist, and every option given
/// to <c>spotlight COMMAND</c> must be in that command's <c>--help</c>.</item>
/// </list>
/// </summary>
internal static partial class ReadmeCommands
{
    [GeneratedRegex(@"dotnet run --project src/Spotlight\.Cli -- ")]
    private static partial Regex DotnetRun();

    [GeneratedRegex(@"(?<=(?:^\s*|[|;&({]\s*)(?:time\s+)?)(?:[\w.~-]*/)+spotlight(?=\s)")]
    private static partial Regex PublishedBinary();

    [GeneratedRegex(@"^\s*dotnet (?:test|publish)\b")]
    private static partial Regex NotRunLine();

    [GeneratedRegex(@"(?<![\w./-])(?:(?:src|tests|docs|seeds|samples|tools|\.ci)/[\w./-]*|[\w.-]+\.sln)")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"(?<![\w.-])spotlight (?<command>parse|validate|schema|completions|man)\b(?<args>[^|;&>)#\n]*)")]
    private static partial Regex SpotlightCommand();

    public static string Rewrite(string line) => PublishedBinary().Replace(DotnetRun().Replace(line, "spotlight "), "spotlight");

    public static bool IsRun(string line) => !NotRunLine().IsMatch(line);

    /// <summary>The words of a line that name a path of the repository, without a trailing dot or slash.</summary>
    public static IEnumerable<string> RepositoryPaths(string line) =>
        RepositoryPath().Matches(StripComment(line)).Select(m => m.Value.TrimEnd('.', '/')).Where(path => path.Length > 0);

    /// <summary>Each <c>spotlight COMMAND</c> of a line with the options it is given (words before <c>--</c>).</summary>
    public static IEnumerable<(string Command, string Option)> Options(string line)
    {
        foreach (Match m in SpotlightCommand().Matches(Rewrite(StripComment(line))))
        {
            foreach (string word in m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word == "--")
                    break;
                if (word.Length > 1 && word[0] == '-')
                    yield return (m.Groups["command"].Value, word.Split('=')[0]);
            }
        }
    }

    /// <summary>A <c>#</c> after a space opens a comment (the README's notes on a command), outside quotes.</summary>
    private static string StripComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '\'' or '"') quote = c;
            else if (c == '#' && (i == 0 || line[i - 1] == ' ')) return line[..i];
        }
        return line;
    }
}
