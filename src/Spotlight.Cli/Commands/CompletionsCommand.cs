using System.CommandLine;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight completions SHELL</c>: a completion script made from the commands' own definitions.</summary>
internal static class CompletionsCommand
{
    private const string Description = "Print a completion script for bash, zsh or fish, made from the commands and options of this program.";

    public const string Examples = """
          source <(spotlight completions bash)                   in ~/.bashrc
          spotlight completions zsh > "${fpath[1]}/_spotlight"   once, for zsh
          spotlight completions fish > ~/.config/fish/completions/spotlight.fish
        """;

    private static readonly Dictionary<string, Func<CommandShape, IReadOnlyList<CommandShape>, string>> Generators = new()
    {
        ["bash"] = BashCompletion.Generate,
        ["zsh"] = ZshCompletion.Generate,
        ["fish"] = FishCompletion.Generate,
    };

    public static Command Create()
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh or fish." };
        shell.AcceptOnlyFromAmong([.. Generators.Keys]);
        var command = new Command("completions", Description) { shell };
        command.SetAction(parseResult =>
        {
            var root = (RootCommand)parseResult.RootCommandResult.Command;
            var (top, commands) = CommandShapes.Of(root);
            Console.Out.Write(Generators[parseResult.GetValue(shell)!](top, commands));
            return ExitCodes.Success;
        });
        return command;
    }
}
