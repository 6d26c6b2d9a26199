using System.CommandLine;
using Spotlight.Cli;
using Spotlight.Cli.Commands;

var parse = ParseCommand.Create();
var validate = ValidateCommand.Create();
var timeline = TimelineCommand.Create();
var schema = SchemaCommand.Create();
var completions = CompletionsCommand.Create();
var root = new RootCommand("Turns analytic news-digest reports (\"Spotlight on Iran\" and the like) into structured data.")
{
    parse,
    validate,
    timeline,
    schema,
    completions,
    ManCommand.Create(),
};
HelpWithExamples.Install(root, new Dictionary<Command, string>
{
    [root] = """
          spotlight parse report.txt                      the report's tree as JSON
          spotlight parse reports/ -r --output-dir out/   a whole archive, one file per report
          spotlight validate reports/ -r --strict         lint reports before they go out
          spotlight timeline reports/ -r -o events.csv    every report's dated events, in date order
          spotlight schema                                the tree's JSON Schema
        """,
    [parse] = ParseCommand.Examples,
    [validate] = ValidateCommand.Examples,
    [timeline] = TimelineCommand.Examples,
    [schema] = SchemaCommand.Examples,
    [completions] = CompletionsCommand.Examples,
});

// @LIST is read by the parse command itself, one path a line (spaces kept), not as a response file of tokens.
var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
var usageErrors = UsageErrors.Of(result);
if (usageErrors.Count > 0)
{
    // System.CommandLine would print help and exit 1; scripts are promised 2 for a wrong command line.
    foreach (string line in usageErrors)
        Console.Error.WriteLine(line);
    string command = result.CommandResult.Command == root ? "spotlight" : $"spotlight {result.CommandResult.Command.Name}";
    Console.Error.WriteLine($"Try '{command} --help' for more information.");
    return ExitCodes.UsageError;
}
Interruption.Install();
try
{
    return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Spotlight.Cli.Output.ReaderGoneException)
{
    // Silent and a success, as ripgrep: `spotlight parse big/ | head` got what it asked for, and a script under
    // `set -o pipefail` should not fail because its reader had enough.
    return ExitCodes.Success;
}
catch (OutOfMemoryException)
{
    // Not a bug: a heap too small for what is being written (an input's own failure is told where it is read).
    Console.Error.WriteLine("spotlight: not enough memory to finish the output");
    return ExitCodes.InputFailed;
}
catch (Exception e)
{
    // A bug, not a bad input: one line, no stack trace, and a code that scripts see as failure.
    Console.Error.WriteLine($"spotlight: internal error: {OneLine(e.Message)} ({e.GetType().Name})");
    return ExitCodes.InputFailed;
}

// Some parser messages list choices on lines of their own; a script reads one line per error.
static string OneLine(string message) =>
    string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
