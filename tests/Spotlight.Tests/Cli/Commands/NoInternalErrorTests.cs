namespace Spotlight.Tests.Cli.Commands;

/// <summary>
/// Every option of both commands, and the file argument, given each value of a hostile set: whatever the value,
/// the run ends with an exit code a script can trust and one line on stderr that names the problem, never an
/// "internal error", a stack trace or a signal.
/// </summary>
public sealed class NoInternalErrorTests : HostileDir
{
    /// <summary>Values a typo, a script's empty variable or an attacker hands the program, by the kind of option.</summary>
    private static readonly string[] Numbers = ["", " ", "-1", "0", "abc", "1.5", "2147483648", "99999999999999999999", "1e9", "64MiB", "0x10"];

    private static readonly string[] Paths =
        ["", " ", "/dev/zero", "/dev/null", ".", "..", "missing/nothing", "a\nb", "\u001b[2J", "*", "@", "@missing", "-", "--"];

    private static readonly string[] Names = ["", " ", "abc", "JSON", "-"];

    private static readonly (string Command, string Option, string[] Values)[] Options =
    [
        ("parse", "--jobs", Numbers), ("parse", "--max-bytes", Numbers), ("validate", "--max-warnings", Numbers), ("validate", "--jobs", Numbers),
        ("parse", "--output", Paths), ("parse", "--output-dir", Paths), ("parse", "--outlets", Paths), ("parse", "FILE", Paths),
        ("validate", "--config", Paths), ("validate", "--output", Paths), ("validate", "FILE", Paths),
        ("parse", "--from", Names), ("parse", "--format", Names), ("parse", "--table", Names), ("validate", "--format", Names),
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        Options.Select(o => new TestCaseData(o.Command, o.Option, o.Values).SetArgDisplayNames(o.Command, o.Option));

    [TestCaseSource(nameof(Cases))]
    public void Any_value_gives_a_clear_answer(string command, string option, string[] values)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(values, new ParallelOptions { MaxDegreeOfParallelism = 4 }, value =>
        {
            // Each run in a folder of its own, inside another holding a report, so that ".." names a known folder
            // and not whatever the machine keeps beside the test's; an output written by one run must not become
            // another's input.
            string root = Directory.CreateTempSubdirectory("spotlight-values-").FullName;
            string dir = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            try
            {
                File.Copy(Path.Combine(Dir, "r.txt"), Path.Combine(root, "r.txt"));
                File.Copy(Path.Combine(Dir, "r.txt"), Path.Combine(dir, "r.txt"));
                string[] args = option == "FILE" ? [command, "-q", value] : [command, "r.txt", "-q", option, value];
                // "-" reads stdin: it is given a report, so that the run ends.
                var result = Cli.CliRunner.Run(dir, value == "-" ? File.ReadAllBytes(Path.Combine(dir, "r.txt")) : [], args);
                string display = $"{command} {option} '{value.Replace("\n", "\\n").Replace("\u001b", "\\e")}'";
                if (result.Stderr.Contains("internal error") || result.Stderr.Contains("   at ") || result.ExitCode is not (0 or 1 or 2))
                    failures.Add($"{display}: exit {result.ExitCode}: {FirstLine(result.Stderr)}");
                else if (result.ExitCode != 0 && !result.Stderr.StartsWith("spotlight: ", StringComparison.Ordinal) && !result.Stderr.Contains("Usage:"))
                    failures.Add($"{display}: exit {result.ExitCode} without saying why: {FirstLine(result.Stderr)}");
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        });
        Assert.That(failures.Order(), Is.Empty);
    }
}
