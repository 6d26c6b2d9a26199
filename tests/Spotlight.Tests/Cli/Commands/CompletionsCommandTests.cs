using System.CommandLine;
using System.Diagnostics;
using Spotlight.Cli.Commands;

namespace Spotlight.Tests.Cli.Commands;

/// <summary><c>spotlight completions SHELL</c>: every command and option of the program, and a script the shell accepts.</summary>
public sealed class CompletionsCommandTests
{
    /// <summary>The commands a user types, made as the program makes them, apart from what is generated from them.</summary>
    private static readonly Command[] Commands = [ParseCommand.Create(), ValidateCommand.Create(), TimelineCommand.Create(), SchemaCommand.Create(), CompletionsCommand.Create()];

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(option => option.Aliases.Prepend(option.Name)).Where(name => name.StartsWith('-'));

    [TestCase("bash")]
    [TestCase("zsh")]
    [TestCase("fish")]
    public void The_script_names_every_command_and_option(string shell)
    {
        var result = CliRunner.Run(TestFiles.RepositoryRoot, "completions", shell);
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        foreach (var command in Commands)
        {
            Assert.That(result.Stdout, Does.Contain(command.Name), $"command {command.Name}");
            foreach (string name in OptionNames(command))
            {
                // fish spells -o as "-s 'o'" and --output as "-l 'output'".
                string spelled = shell != "fish" ? name
                    : name.StartsWith("--", StringComparison.Ordinal) ? $"-l '{name[2..]}'"
                    : $"-s '{name[1..]}'";
                if (shell == "zsh")
                    spelled = spelled.Replace("?", "\\?");
                Assert.That(result.Stdout, Does.Contain(spelled), $"{command.Name} {name}");
            }
        }
        foreach (string name in new[] { "--help", "-h", "--version" })
            Assert.That(result.Stdout, Does.Contain(shell == "fish" ? name.TrimStart('-') : name));
    }

    [TestCase("bash")]
    [TestCase("zsh")]
    [TestCase("fish")]
    public void The_hidden_man_command_and_the_windows_aliases_are_not_offered(string shell)
    {
        string script = CliRunner.Run(TestFiles.RepositoryRoot, "completions", shell).Stdout;
        Assert.That(script, Does.Not.Contain(" man ").And.Not.Contain("|man)").And.Not.Contain("/?").And.Not.Contain("'man:"));
    }

    [Test]
    public void The_bash_script_is_valid_bash()
    {
        string script = CliRunner.Run(TestFiles.RepositoryRoot, "completions", "bash").Stdout;
        var (code, _, error) = Bash(["-n"], script);
        Assert.That((code, error), Is.EqualTo((0, "")));
    }

    [TestCase("spotlight parse -f ''", "csv html json ndjson yaml")]
    [TestCase("spotlight validate --format ''", "codequality github json sarif text")]
    [TestCase("spotlight v", "validate")]
    [TestCase("spotlight t", "timeline")]
    [TestCase("spotlight timeline --re", "--recursive --region")]
    [TestCase("spotlight timeline --from-f", "--from-format")]
    [TestCase("spotlight schema --t", "--timeline")]
    [TestCase("spotlight completions ''", "bash fish zsh")]
    [TestCase("spotlight parse --no-s", "--no-sanitize")]
    [TestCase("spotlight schema --o", "--output")]
    [TestCase("spotlight parse --table f", "footnotes furniture")]
    [TestCase("spotlight parse seeds/000", "seeds/000_9f7aefc85182d098.txt")]
    [TestCase("spotlight parse -- --no", "")]
    public void Bash_completes_commands_options_choices_and_files(string line, string expected)
    {
        string script = CliRunner.Run(TestFiles.RepositoryRoot, "completions", "bash").Stdout;
        // As bash calls the function: the words of the line, the last one being completed.
        string driver = script + $"\nCOMP_WORDS=({line}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _spotlight; echo \"${{COMPREPLY[*]}}\"\n";
        var (code, output, error) = Bash([], driver);
        Assert.That((code, error, output.TrimEnd('\n')), Is.EqualTo((0, "", expected)));
    }

    [Test]
    public void An_unknown_shell_is_a_usage_error()
    {
        var result = CliRunner.Run(TestFiles.RepositoryRoot, "completions", "tcsh");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("tcsh"));
        Assert.That(result.Stdout, Is.Empty);
    }

    private static (int Code, string Output, string Error) Bash(string[] arguments, string input)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = TestFiles.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "bash did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }
}
