using System.CommandLine;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Extraction;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight parse FILE</c>: one report to its tree, on stdout or in a file.</summary>
internal static class ParseCommand
{
    private const string Description = """
        Parse a report into sections, items and figures, and write the tree (see CONTRACT.md).

        Examples:
          spotlight parse report.txt                 JSON on stdout
          spotlight parse report.txt -o report.json  JSON into a file, written whole or not at all
          cat report.txt | spotlight parse -         read stdin
          spotlight parse report.txt --outlets my-outlets.yml
                                                     name more outlets ("Kayhan London: [Kayhan London]")
        """;

    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The report to parse (UTF-8 text, LF or CRLF), or - for stdin.",
        };
        file.Validators.Add(result =>
        {
            string value = result.GetValueOrDefault<string>() ?? "";
            if (value.Length > 1 && value[0] == '-')
                result.AddError($"unknown option '{value}'");
        });

        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of stdout.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var outlets = new Option<string?>("--outlets")
        {
            Description = "A YAML file of news outlets and their aliases, added to the built-in table (entries there win).",
            HelpName = "FILE.yml",
        };

        var command = new Command("parse", Description) { file, output, format, outlets };
        command.SetAction(parseResult =>
        {
            if (!OutletOption.TryLoad(parseResult.GetValue(outlets), out var table))
                return ExitCodes.UsageError;
            return Run(parseResult.GetValue(file)!, parseResult.GetValue(output), new JsonReportWriter(), table);
        });
        return command;
    }

    private static int Run(string path, string? outputPath, IReportWriter writer, OutletTable outlets)
    {
        try
        {
            var document = ReportPipeline.Parse(InputFile.ReadAll(path), path, new PlainTextReader(), outlets);
            if (outputPath is null)
            {
                using var stdout = Console.OpenStandardOutput();
                writer.Write(document, stdout);
            }
            else
            {
                AtomicFile.Write(outputPath, stream => writer.Write(document, stream));
            }
            return ExitCodes.Success;
        }
        catch (ReportReadException e)
        {
            Console.Error.WriteLine($"spotlight: {path}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"spotlight: {outputPath}: cannot write ({e.Message})");
        }
        return ExitCodes.InputFailed;
    }
}
