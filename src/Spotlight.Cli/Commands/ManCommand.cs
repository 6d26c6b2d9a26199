using System.CommandLine;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight man</c> (hidden): the man page on stdout, the source of docs/spotlight.1.</summary>
internal static class ManCommand
{
    public static Command Create()
    {
        var command = new Command("man", "Print the man page (roff), as installed in docs/spotlight.1.") { Hidden = true };
        command.SetAction(parseResult =>
        {
            Console.Out.Write(ManPage.Generate((RootCommand)parseResult.RootCommandResult.Command));
            return ExitCodes.Success;
        });
        return command;
    }
}
