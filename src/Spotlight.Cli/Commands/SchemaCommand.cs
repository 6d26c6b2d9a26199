using System.CommandLine;
using Spotlight.Cli.Output;
using Spotlight.Writing;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight schema</c>: the output contract as a JSON Schema, for validators and editors.</summary>
internal static class SchemaCommand
{
    private const string Description = "Print the JSON Schema (draft 2020-12) of the tree that parse writes.";

    public const string Examples = """
          spotlight schema > spotlight.schema.json
          spotlight schema -o spotlight.schema.json
        """;

    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "FILE" };
        OptionValues.NotEmpty(output);
        var command = new Command("schema", Description) { output };
        command.SetAction(parseResult =>
        {
            string? path = parseResult.GetValue(output);
            try
            {
                OutputTarget.Write(path, stream => { ReportSchema.Write(stream); return true; });
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"spotlight: {WriteFailure.Line(path, e)}");
                return ExitCodes.InputFailed;
            }
        });
        return command;
    }
}
