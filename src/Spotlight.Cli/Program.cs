using System.CommandLine;
using Spotlight.Cli;
using Spotlight.Cli.Commands;

var root = new RootCommand("Turns analytic news-digest reports (\"Spotlight on Iran\" and the like) into structured data.")
{
    ParseCommand.Create(),
};

var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    // System.CommandLine would print help and exit 1; scripts are promised 2 for a wrong command line.
    foreach (var error in result.Errors)
        Console.Error.WriteLine($"spotlight: {error.Message}");
    string command = result.CommandResult.Command == root ? "spotlight" : $"spotlight {result.CommandResult.Command.Name}";
    Console.Error.WriteLine($"Try '{command} --help' for more information.");
    return ExitCodes.UsageError;
}
return result.Invoke();
