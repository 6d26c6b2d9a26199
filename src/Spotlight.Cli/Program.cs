using System.CommandLine;
using Spotlight.Cli;
using Spotlight.Cli.Commands;

var root = new RootCommand("Turns analytic news-digest reports (\"Spotlight on Iran\" and the like) into structured data.")
{
    ParseCommand.Create(),
    SchemaCommand.Create(),
};

var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    // System.CommandLine would print help and exit 1; scripts are promised 2 for a wrong command line.
    foreach (var error in result.Errors)
        Console.Error.WriteLine($"spotlight: {OneLine(error.Message)}");
    string command = result.CommandResult.Command == root ? "spotlight" : $"spotlight {result.CommandResult.Command.Name}";
    Console.Error.WriteLine($"Try '{command} --help' for more information.");
    return ExitCodes.UsageError;
}
return result.Invoke();

// Some parser messages list choices on lines of their own; a script reads one line per error.
static string OneLine(string message) =>
    string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
