using System.CommandLine;
using Spotlight.Cli.Output;
using Spotlight.Writing;
using Spotlight.Writing.Timeline;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight schema</c>: the output contract as a JSON Schema, for validators and editors.</summary>
internal static class SchemaCommand
{
    private const string Description = "Print the JSON Schema (draft 2020-12) of the tree that parse writes, or with --timeline of one event that timeline writes.";

    public const string Examples = """
          spotlight schema > spotlight.schema.json
          spotlight schema -o spotlight.schema.json
          spotlight schema --timeline > timeline-event.schema.json   one event of timeline's JSON array, one line of its NDJSON
        """;

    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "FILE" };
        var timeline = new Option<bool>("--timeline") { Description = "The schema of one timeline event instead of the report tree." };
        OptionValues.NotEmpty(output);
        var command = new Command("schema", Description) { output, timeline };
        command.SetAction(parseResult =>
        {
            string? path = parseResult.GetValue(output);
            try
            {
                bool events = parseResult.GetValue(timeline);
                OutputTarget.Write(path, stream =>
                {
                    if (events)
                        TimelineSchema.Write(stream);
                    else
                        ReportSchema.Write(stream);
                    return true;
                });
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
