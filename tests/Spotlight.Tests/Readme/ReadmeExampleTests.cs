using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.Tests.Readme;

/// <summary>
/// Every fenced block of README.md is an example the test runs, compares or uses, or one its marker says is not run,
/// and why; a README example that drifts from the program fails here, naming its line.
/// <list type="bullet">
/// <item>A shell block of <c>$ </c> lines is a session: its commands run in order in one bash, as in the terminal
/// it shows (so without <c>pipefail</c>: a pipeline's code is its last command's), each output shown under a command
/// is compared with what it printed (stdout and stderr merged, each in its own order; line ends and the seconds of a
/// summary line, <c>in 0.1 s</c>, are not compared), and a command exits 0 unless the next is <c>echo $?</c>, whose
/// output is then the code, or it ends with the comment <c># exit code N</c>.</item>
/// <item>Another shell block is a script, run whole under <c>set -e -o pipefail</c> (with its own interpreter if it
/// opens with <c>#!</c>); it must exit 0, or the code its marker gives. Its output is not compared: none is shown.</item>
/// <item>A block naming a file (a first line <c># NAME.yml</c>, or the marker's <c>file NAME</c>) is written into the
/// folder of each example that names it, or checked by the command its marker gives.</item>
/// <item>Markers (<c>&lt;!-- example: … --&gt;</c> right above a block) say the rest: <c>not run (why)</c>,
/// <c>given NAME</c> (files from <see cref="ReadmeGivens"/>), <c>exit N (why)</c>, <c>no pipefail (why)</c>,
/// <c>output of `COMMAND`, trimmed (… marks what is cut)</c> (compared by <see cref="TrimmedJson"/>),
/// <c>checked by `COMMAND` (why)</c>, <c>every path named exists</c>.</item>
/// </list>
/// Commands run as <see cref="ReadmeCommands"/> says, in a <see cref="ReadmeWorkspace"/> of their own, so the
/// examples run side by side.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class ReadmeExampleTests
{
    private static ImmutableArray<ReadmeBlock> Blocks { get; } =
        ReadmeExamples.Read(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md")));

    private enum Kind { NotRun, Session, Script, File, Output, Paths }

    private static Kind? KindOf(ReadmeBlock block) =>
        block.Marker.NotRun is not null ? Kind.NotRun
        : block.Marker.OutputOf is not null ? Kind.Output
        : block.Marker.PathsExist ? Kind.Paths
        : ReadmeExamples.FileName(block) is not null ? Kind.File
        : block.IsSession ? Kind.Session
        : block.IsShell ? Kind.Script
        : null;

    /// <summary>The blocks with something to run: file blocks run inside the examples that name them.</summary>
    public static IEnumerable<TestCaseData> Examples() =>
        Blocks.Where(block => KindOf(block) is Kind.Session or Kind.Script or Kind.Output or Kind.Paths
                              || (KindOf(block) == Kind.File && block.Marker.CheckedBy is not null))
            .Select(block => new TestCaseData(block.Line).SetArgDisplayNames($"line {block.Line}, {KindOf(block)}"));

    [Test]
    public void Every_block_is_run_compared_used_or_marked_not_run()
    {
        var problems = new List<string>();
        foreach (var block in Blocks)
        {
            problems.AddRange(block.Marker.Unknown.Select(clause => $"{block.Describe}: the marker's '{clause}' is no clause the test knows"));
            if (KindOf(block) is null)
                problems.Add($"{block.Describe}: neither run, compared nor used; run it or mark it <!-- example: not run (why) -->");
            if (block.Marker.Given is { } given && !ReadmeGivens.All.ContainsKey(given))
                problems.Add($"{block.Describe}: no given named '{given}' in ReadmeGivens");
            if (KindOf(block) == Kind.File && block.Marker.CheckedBy is null && !Users(block).Any())
                problems.Add($"{block.Describe}: the file {ReadmeExamples.FileName(block)} is named by no example that runs");
            if (KindOf(block) == Kind.Session)
            {
                try { ReadmeExamples.Session(block); }
                catch (FormatException e) { problems.Add(e.Message); }
            }
        }
        Assert.That(problems, Is.Empty);
        Assert.That(Examples().Count(), Is.GreaterThan(10), "the README's blocks were not found");
    }

    [Test]
    public void A_test_a_marker_says_runs_a_block_exists()
    {
        var named = Blocks.Select(block => block.Marker.RunBy).OfType<string>().ToList();
        Assert.That(named, Is.Not.Empty);
        var tests = typeof(ReadmeExampleTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods().Where(method => method.IsDefined(typeof(TestAttribute), false) || method.IsDefined(typeof(TestCaseAttribute), false))
                .Select(method => $"{type.Name}.{method.Name}"))
            .ToHashSet();
        Assert.That(named.Except(tests), Is.Empty, "tests that a not-run marker names, which do not exist");
    }

    [Test]
    public void Every_path_and_option_a_command_names_exists()
    {
        var problems = new List<string>();
        foreach (var block in Blocks)
        {
            foreach (var (line, command) in CommandLines(block))
            {
                foreach (string path in ReadmeCommands.RepositoryPaths(command))
                {
                    if (!File.Exists(Path.Combine(TestFiles.RepositoryRoot, path)) && !Directory.Exists(Path.Combine(TestFiles.RepositoryRoot, path)))
                        problems.Add($"README.md line {line}: {path} is not in the repository");
                }
                foreach (var (name, option) in ReadmeCommands.Options(command))
                {
                    if (!Regex.IsMatch(Help(name), $@"(?<![\w-]){Regex.Escape(option)}(?![\w-])"))
                        problems.Add($"README.md line {line}: spotlight {name} has no option {option}");
                }
            }
        }
        Assert.That(problems, Is.Empty);
    }

    [TestCaseSource(nameof(Examples))]
    public void The_example_does_what_the_readme_shows(int line)
    {
        var block = Blocks.Single(b => b.Line == line);
        using var workspace = new ReadmeWorkspace();
        if (block.Marker.Given is { } given)
            ReadmeGivens.All[given](workspace);
        foreach (var file in Blocks.Where(b => KindOf(b) == Kind.File && Names(block, ReadmeExamples.FileName(b)!)))
            workspace.Write(ReadmeExamples.FileName(file)!, string.Join('\n', file.Lines) + "\n");

        switch (KindOf(block))
        {
            case Kind.Session: RunSession(block, workspace); break;
            case Kind.Script: RunScript(block, workspace); break;
            case Kind.File: RunCheck(block, workspace); break;
            case Kind.Output: CompareTrimmed(block, workspace); break;
            case Kind.Paths: CheckPaths(block); break;
        }
    }

    private static void RunSession(ReadmeBlock block, ReadmeWorkspace workspace)
    {
        var commands = ReadmeExamples.Session(block);
        var script = new StringBuilder();
        for (int i = 0; i < commands.Length; i++)
        {
            // Each command in braces in the one shell, so cd and variables carry over; (exit N) hands $? to the next.
            string capture = Path.Combine(workspace.Root, $"command-{i}");
            script.Append("{ ").Append(ReadmeCommands.Rewrite(commands[i].Command)).Append('\n')
                .Append($"}} > '{capture}.out' 2> '{capture}.err'; echo $? > '{capture}.code'; (exit \"$(cat '{capture}.code')\")\n");
        }
        var run = workspace.Run("bash", workspace.Script("session.sh", script.ToString()));
        Assert.That(run.Stderr, Is.Empty, $"{block.Describe}: the session itself failed");

        var problems = new List<string>();
        for (int i = 0; i < commands.Length; i++)
        {
            var command = commands[i];
            string capture = Path.Combine(workspace.Root, $"command-{i}");
            int code = int.Parse(File.ReadAllText(capture + ".code"));
            string stdout = File.ReadAllText(capture + ".out"), stderr = File.ReadAllText(capture + ".err");
            bool codeShown = i + 1 < commands.Length && commands[i + 1].Command.Trim() == "echo $?";
            int expected = Regex.Match(command.Command, @"\s# exit code (?<code>\d+)$") is { Success: true } m ? int.Parse(m.Groups["code"].Value) : 0;
            bool outputMatches = IsMerge(command.Output.Select(Normal).ToList(), Lines(stdout), Lines(stderr));
            if (outputMatches && (codeShown || code == expected))
                continue;
            problems.Add($"""
                README.md line {command.Line}: $ {command.Command}
                exit code {code}{(codeShown || code == expected ? "" : $" (expected {expected})")}
                shown:
                {Indent(command.Output)}
                stdout:
                {Indent(Lines(stdout))}
                stderr:
                {Indent(Lines(stderr))}
                """);
        }
        Assert.That(problems, Is.Empty, $"{block.Describe}: the output differs from the README");
    }

    private static void RunScript(ReadmeBlock block, ReadmeWorkspace workspace)
    {
        var lines = block.Lines.Select(line => ReadmeCommands.IsRun(line) ? ReadmeCommands.Rewrite(line) : ": " + line);
        int expected = block.Marker.Exit ?? 0;
        ChildProcess.Result run;
        string failedAt = "";
        if (block.Lines[0].StartsWith("#!", StringComparison.Ordinal))
        {
            run = workspace.Run(workspace.Script("block", string.Join('\n', lines) + "\n"));
        }
        else
        {
            // Two lines before the block's first, which is README line block.Line + 1.
            string failed = Path.Combine(workspace.Root, "failed-line");
            string prefix = (block.Marker.NoPipefail is null ? "set -e -o pipefail\n" : "set -e\n")
                + $"trap 'echo $((LINENO + {block.Line - 2})) > {failed}' ERR\n";
            run = workspace.Run("bash", workspace.Script("block.sh", prefix + string.Join('\n', lines) + "\n"));
            if (File.Exists(failed) && int.TryParse(File.ReadAllText(failed).Trim(), out int at) && at > block.Line && at <= block.Line + block.Lines.Length)
                failedAt = $"README.md line {at}: {block.Lines[at - block.Line - 1]}\n";
        }
        Assert.That(run.ExitCode, Is.EqualTo(expected), $"""
            {block.Describe}: the script exited {run.ExitCode}, not {expected}
            {failedAt}stderr:
            {Indent(Lines(run.Stderr))}
            """);
    }

    private static void RunCheck(ReadmeBlock block, ReadmeWorkspace workspace)
    {
        string file = ReadmeExamples.FileName(block)!;
        workspace.Write(file, string.Join('\n', block.Lines) + "\n");
        string command = ReadmeCommands.Rewrite(block.Marker.CheckedBy!);
        var run = workspace.Run("bash", "-c", "set -e -o pipefail\n" + command);
        Assert.That(run.ExitCode, Is.Zero, $"""
            {block.Describe}: {file}, checked by `{command}`: exit code {run.ExitCode}
            stdout:
            {Indent(Lines(run.Stdout))}
            stderr:
            {Indent(Lines(run.Stderr))}
            """);
    }

    private static void CompareTrimmed(ReadmeBlock block, ReadmeWorkspace workspace)
    {
        string command = ReadmeCommands.Rewrite(block.Marker.OutputOf!);
        var run = workspace.Run("bash", "-c", "set -e -o pipefail\n" + command);
        Assert.That(run.ExitCode, Is.Zero, $"{block.Describe}: `{command}` exited {run.ExitCode}\n{run.Stderr}");
        Assert.That(TrimmedJson.Differences(string.Join('\n', block.Lines), run.Stdout), Is.Empty,
            $"{block.Describe}: the JSON shown is not the output of `{command}`, trimmed");
    }

    /// <summary>
    /// A map of the repository: an entry at the margin is a path from the root, one indented by two spaces a path
    /// below the entry above it; several may share a line, two spaces apart, before the words describing them. An
    /// entry with entries below it lists all its folders (but the build's bin/ and obj/).
    /// </summary>
    private static void CheckPaths(ReadmeBlock block)
    {
        var missing = new List<string>();
        var listed = new Dictionary<string, List<string>>();
        string parent = "";
        for (int i = 0; i < block.Lines.Length; i++)
        {
            string line = block.Lines[i];
            int indent = line.Length - line.TrimStart().Length;
            if (line.Trim().Length == 0 || indent > 2)
                continue;
            var entries = Regex.Split(line.Trim(), @"\s{2,}").TakeWhile(word => Regex.IsMatch(word, @"^[\w.-]+(?:/[\w.-]*)*$") && word.Contains('/')).ToList();
            Assert.That(entries, Is.Not.Empty, $"README.md line {block.Line + 1 + i}: no path at the start of: {line}");
            foreach (string entry in entries)
            {
                string path = indent == 0 ? entry : parent + entry;
                if (!File.Exists(Path.Combine(TestFiles.RepositoryRoot, path)) && !Directory.Exists(Path.Combine(TestFiles.RepositoryRoot, path)))
                    missing.Add($"README.md line {block.Line + 1 + i}: {path}");
                if (indent > 0)
                    listed[parent].Add(entry.TrimEnd('/'));
            }
            if (indent == 0)
                listed[parent = entries[0]] = [];
        }
        Assert.That(missing, Is.Empty, $"{block.Describe}: paths the map names that the repository lacks");
        foreach (var (folder, children) in listed.Where(pair => pair.Value.Count > 0))
        {
            var folders = Directory.GetDirectories(Path.Combine(TestFiles.RepositoryRoot, folder)).Select(Path.GetFileName).Except(["bin", "obj"]);
            Assert.That(children, Is.SupersetOf(folders), $"{block.Describe}: the folders of {folder} the map lists");
        }
    }

    /// <summary>The lines of a block that are commands, with their README line: a session's, a script's, a workflow's <c>run:</c>.</summary>
    private static IEnumerable<(int Line, string Command)> CommandLines(ReadmeBlock block)
    {
        if (block.IsSession)
            return ReadmeExamples.Session(block).Select(command => (command.Line, command.Command));
        if (block.IsShell)
            return block.Lines.Select((line, i) => (block.Line + 1 + i, line));
        return block.Lines.Select((line, i) => (Line: block.Line + 1 + i, Match: Regex.Match(line, @"^\s*(?:- )?run: (?<command>.+)$")))
            .Where(pair => pair.Match.Success).Select(pair => (pair.Line, pair.Match.Groups["command"].Value));
    }

    private static IEnumerable<ReadmeBlock> Users(ReadmeBlock file) =>
        Blocks.Where(block => KindOf(block) is Kind.Session or Kind.Script && Names(block, ReadmeExamples.FileName(file)!));

    private static bool Names(ReadmeBlock block, string file) =>
        Regex.IsMatch(string.Join('\n', block.Lines), $@"(?<![\w.-]){Regex.Escape(file)}(?![\w.-])");

    private static readonly ConcurrentDictionary<string, string> HelpTexts = new();

    private static string Help(string command) => HelpTexts.GetOrAdd(command, name =>
    {
        var help = Cli.CliRunner.Run(TestFiles.RepositoryRoot, name, "--help");
        Assert.That(help.ExitCode, Is.Zero, $"spotlight {name} --help: {help.Stderr}");
        return help.Stdout;
    });

    /// <summary>Whether the lines shown are stdout's and stderr's lines interleaved, each kept in its order.</summary>
    private static bool IsMerge(List<string> shown, List<string> stdout, List<string> stderr)
    {
        if (shown.Count != stdout.Count + stderr.Count)
            return false;
        // can[i, j]: the first i + j lines shown are the first i of stdout and the first j of stderr.
        var can = new bool[stdout.Count + 1, stderr.Count + 1];
        can[0, 0] = true;
        for (int i = 0; i <= stdout.Count; i++)
        {
            for (int j = 0; j <= stderr.Count; j++)
            {
                if (i > 0 && can[i - 1, j] && stdout[i - 1] == shown[i + j - 1]) can[i, j] = true;
                if (j > 0 && can[i, j - 1] && stderr[j - 1] == shown[i + j - 1]) can[i, j] = true;
            }
        }
        return can[stdout.Count, stderr.Count];
    }

    private static List<string> Lines(string text) =>
        text.Length == 0 ? [] : [.. text.TrimEnd('\n').Split('\n').Select(Normal)];

    /// <summary>A line as compared: without its CR (CSV ends lines with CRLF), the seconds of a summary line as "…".</summary>
    private static string Normal(string line) => Regex.Replace(line.TrimEnd('\r'), @" in \d+(?:\.\d+)? s$", " in … s");

    private static string Indent(IEnumerable<string> lines) => string.Join('\n', lines.Select(line => "  " + line));
}
