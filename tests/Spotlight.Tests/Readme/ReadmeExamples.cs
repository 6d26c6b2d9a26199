using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Spotlight.Tests.Readme;

/// <summary>A fenced block of the README: the line its fence opens on, its language, its lines, and its marker.</summary>
internal sealed record ReadmeBlock(int Line, string Language, ImmutableArray<string> Lines, ExampleMarker Marker)
{
    public bool IsShell => Language is "sh" or "bash" or "console";

    /// <summary>A terminal session: <c>$ </c> opens each command, the lines under it are what it printed.</summary>
    public bool IsSession => IsShell && Lines.Any(line => line.StartsWith("$ ", StringComparison.Ordinal));

    public string Describe => $"README.md line {Line} ({(Language.Length == 0 ? "plain" : Language)})";
}

/// <summary>One command of a session, the README line it stands on, and the output shown under it.</summary>
internal sealed record SessionCommand(int Line, string Command, ImmutableArray<string> Output);

/// <summary>
/// The clauses of the <c>&lt;!-- example: … --&gt;</c> comment right above a block, separated by <c>;</c>. Each says
/// something the README cannot say in its text: why a block is not run, which files it assumes, what it exits with.
/// </summary>
internal sealed record ExampleMarker(
    string? NotRun, string? Given, string? FileName, int? Exit, string? NoPipefail, string? OutputOf,
    string? CheckedBy, bool PathsExist, ImmutableArray<string> Unknown)
{
    public static readonly ExampleMarker None = new(null, null, null, null, null, null, null, false, []);

    /// <summary>The test named in <c>not run (run by Class.Method …)</c>.</summary>
    public string? RunBy => NotRun is null ? null : Regex.Match(NotRun, @"\brun by (?<name>[A-Z]\w*\.\w+)") is { Success: true } m ? m.Groups["name"].Value : null;

    public static ExampleMarker Parse(string text)
    {
        var marker = None;
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (string clause in Clauses(text))
        {
            Match m;
            if ((m = Regex.Match(clause, @"^not run \((?<why>.+)\)$")).Success) marker = marker with { NotRun = m.Groups["why"].Value };
            else if ((m = Regex.Match(clause, @"^given (?<name>.+)$")).Success) marker = marker with { Given = m.Groups["name"].Value };
            else if ((m = Regex.Match(clause, @"^file (?<name>\S+)$")).Success) marker = marker with { FileName = m.Groups["name"].Value };
            else if ((m = Regex.Match(clause, @"^exit (?<code>\d+) \(.+\)$")).Success) marker = marker with { Exit = int.Parse(m.Groups["code"].Value) };
            else if ((m = Regex.Match(clause, @"^no pipefail \((?<why>.+)\)$")).Success) marker = marker with { NoPipefail = m.Groups["why"].Value };
            else if ((m = Regex.Match(clause, @"^output of `(?<command>[^`]+)`, trimmed \(… marks what is cut\)$")).Success) marker = marker with { OutputOf = m.Groups["command"].Value };
            else if ((m = Regex.Match(clause, @"^checked by `(?<command>[^`]+)` \(.+\)$")).Success) marker = marker with { CheckedBy = m.Groups["command"].Value };
            else if (clause == "every path named exists") marker = marker with { PathsExist = true };
            else unknown.Add(clause);
        }
        return marker with { Unknown = unknown.ToImmutable() };
    }

    /// <summary>Splits at each <c>;</c> outside parentheses and backticks, so that a reason may hold one.</summary>
    private static IEnumerable<string> Clauses(string text)
    {
        int depth = 0, start = 0;
        bool code = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ';';
            if (c == '`') code = !code;
            else if (!code && c == '(') depth++;
            else if (!code && c == ')') depth--;
            else if (c == ';' && depth == 0 && !code)
            {
                string clause = Regex.Replace(text[start..i], @"\s+", " ").Trim();
                if (clause.Length > 0)
                    yield return clause;
                start = i + 1;
            }
        }
    }
}

/// <summary>Reads the fenced blocks of a Markdown file, each with the marker comment that stands right above it.</summary>
internal static partial class ReadmeExamples
{
    [GeneratedRegex(@"<!--\s*example:(?<text>.*?)-->\s*$", RegexOptions.Singleline)]
    private static partial Regex MarkerComment();

    public static ImmutableArray<ReadmeBlock> Read(string markdown)
    {
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = ImmutableArray.CreateBuilder<ReadmeBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                continue;
            int open = i;
            string language = lines[i][3..].Trim();
            int close = Array.FindIndex(lines, open + 1, line => line.StartsWith("```", StringComparison.Ordinal));
            if (close < 0)
                throw new FormatException($"README.md line {open + 1}: the block is never closed");
            blocks.Add(new ReadmeBlock(open + 1, language, [.. lines[(open + 1)..close]], MarkerAbove(lines, open)));
            i = close;
        }
        return blocks.ToImmutable();
    }

    /// <summary>The marker is the comment that ends on the last non-blank line above the fence.</summary>
    private static ExampleMarker MarkerAbove(string[] lines, int fence)
    {
        int end = fence - 1;
        while (end >= 0 && lines[end].Trim().Length == 0)
            end--;
        if (end < 0 || !lines[end].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
            return ExampleMarker.None;
        int start = end;
        while (start > 0 && !lines[start].Contains("<!--", StringComparison.Ordinal))
            start--;
        var match = MarkerComment().Match(string.Join('\n', lines[start..(end + 1)]));
        return match.Success ? ExampleMarker.Parse(match.Groups["text"].Value) : ExampleMarker.None;
    }

    /// <summary>
    /// The commands of a session and the output under each, up to the next command or a blank line; after a blank
    /// line only a command may follow.
    /// </summary>
    public static ImmutableArray<SessionCommand> Session(ReadmeBlock block)
    {
        var commands = ImmutableArray.CreateBuilder<SessionCommand>();
        for (int i = 0; i < block.Lines.Length; i++)
        {
            string line = block.Lines[i];
            if (line.Trim().Length == 0)
                continue;
            if (!line.StartsWith("$ ", StringComparison.Ordinal))
                throw new FormatException($"README.md line {block.Line + 1 + i}: output with no command above it: {line}");
            int next = i + 1;
            while (next < block.Lines.Length && block.Lines[next].Trim().Length > 0 && !block.Lines[next].StartsWith("$ ", StringComparison.Ordinal))
                next++;
            commands.Add(new SessionCommand(block.Line + 1 + i, line[2..], [.. block.Lines[(i + 1)..next]]));
            i = next - 1;
        }
        return commands.ToImmutable();
    }

    /// <summary>The file a block holds: its marker's <c>file NAME</c>, or a first line <c># NAME.yml</c>.</summary>
    public static string? FileName(ReadmeBlock block) =>
        block.Marker.FileName
        ?? (block.Lines.Length > 0 && Regex.Match(block.Lines[0], @"^# (?<name>[\w.-]+\.ya?ml)$") is { Success: true } m ? m.Groups["name"].Value : null);
}
