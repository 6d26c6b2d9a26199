using System.CommandLine;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Extraction;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight parse FILE...</c>: reports to their trees, on stdout or in a file.</summary>
internal static class ParseCommand
{
    private const string Description = """
        Parse reports into sections, items, figures, dates and sources, and write the trees.

        Examples:
          spotlight parse report.txt                      JSON on stdout
          spotlight parse report.txt -o report.json       into a file, written whole or not at all
          spotlight parse a.txt b.txt --format ndjson     one compact tree per line
          spotlight parse report.txt -f yaml              YAML
          spotlight parse *.txt -f csv --table sources    one CSV table for all inputs
          cat report.txt | spotlight parse -              read stdin
          spotlight parse report.txt --outlets my-outlets.yml
        """;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Reports to parse (UTF-8 text, LF or CRLF), or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(result =>
        {
            foreach (string value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-')
                    result.AddError($"unknown option '{value}'");
            }
        });

        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(OutputFormats.Names);
        var table = new Option<string?>("--table") { Description = "CSV only: the table to write. [default: items]" };
        table.AcceptOnlyFromAmong(OutputFormats.Tables);
        var bom = new Option<bool>("--bom") { Description = "CSV only: start with a UTF-8 byte order mark, for Excel." };
        var noSanitize = new Option<bool>("--no-sanitize") { Description = "CSV only: keep fields that a spreadsheet would run as formulas as they are." };
        var compact = new Option<bool>("--compact") { Description = "JSON only: one line per tree instead of indented." };
        var outlets = new Option<string?>("--outlets")
        {
            Description = "A YAML file of news outlets and their aliases, added to the built-in table (entries there win).",
            HelpName = "FILE.yml",
        };

        var command = new Command("parse", Description) { files, output, format, table, bom, noSanitize, compact, outlets };
        command.Validators.Add(result =>
        {
            // Read the token, not the value: an unknown format is reported by its own validator.
            string chosen = result.GetResult(format) is { Tokens.Count: > 0 } given ? given.Tokens[^1].Value : "json";
            foreach (var (option, only) in new (Option, string)[] { (table, "csv"), (bom, "csv"), (noSanitize, "csv"), (compact, "json") })
            {
                if (chosen != only && result.GetResult(option) is { Implicit: false })
                    result.AddError($"{option.Name} applies only to --format {only}");
            }
        });
        command.SetAction(parseResult =>
        {
            if (!OutletOption.TryLoad(parseResult.GetValue(outlets), out var outletTable))
                return ExitCodes.UsageError;
            var writer = OutputFormats.Create(parseResult.GetValue(format)!, parseResult.GetValue(table),
                parseResult.GetValue(bom), !parseResult.GetValue(noSanitize), parseResult.GetValue(compact));
            return Run(parseResult.GetValue(files)!, parseResult.GetValue(output), writer, outletTable);
        });
        return command;
    }

    private static int Run(string[] files, string? outputPath, IReportWriter writer, OutletTable outlets)
    {
        int converted = 0, failed = 0;
        void Convert(Stream stream)
        {
            using var output = writer.Open(stream, many: files.Length > 1);
            foreach (string file in files)
            {
                try
                {
                    output.Write(ReportPipeline.Parse(InputFile.ReadAll(file), file, new PlainTextReader(), outlets));
                    converted++;
                }
                catch (ReportReadException e)
                {
                    Console.Error.WriteLine($"spotlight: {file}: {e.Message}");
                    failed++;
                }
            }
        }

        try
        {
            if (outputPath is null)
            {
                using var stdout = Console.OpenStandardOutput();
                Convert(stdout);
            }
            else
            {
                // Nothing converted, nothing written: an existing file is not replaced by an empty one.
                AtomicFile.Write(outputPath, stream => { Convert(stream); return converted > 0; });
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"spotlight: {outputPath ?? "stdout"}: cannot write ({e.Message})");
            return ExitCodes.InputFailed;
        }
        return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }
}
