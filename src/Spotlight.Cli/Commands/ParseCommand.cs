using System.CommandLine;
using System.CommandLine.Parsing;
using Spotlight.Cli.Batch;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight parse FILE...</c>: reports to their trees, on stdout, in a file, or one file each.</summary>
internal static class ParseCommand
{
    private static readonly string Description =
        "Parse reports into sections, items, figures, dates and sources, and write the trees. FILE may be a report, "
        + $"a directory (its report files: {string.Join(", ", ReportReaders.Extensions.Order())}; every level with --recursive), "
        + "- for stdin, or @LIST, a file naming one input a line (@- reads that list from stdin). After --, every word is a FILE.";

    public const string Examples = """
          spotlight parse report.txt                          JSON on stdout
          spotlight parse report.txt -o report.json           into a file, written whole or not at all
          spotlight parse reports/*.txt -o out/               one file per report: out/NAME.json
          spotlight parse reports/ -r --output-dir out/ -f yaml   a whole tree of folders, mirrored
          spotlight parse reports/ -o out/ --skip-existing    convert only what is new since the last run
          find . -name '*.txt' -print0 | xargs -0 spotlight parse -f ndjson   one compact tree per line
          spotlight parse @list.txt -f csv --table sources    one CSV table for every input
          git ls-files '*.txt' | spotlight parse @- -f ndjson   the paths on stdin, one a line
          spotlight parse -- -draft.txt                       after --, every word is a FILE
          cat report.txt | spotlight parse -                  read stdin
          spotlight parse jihad.txt --profile spotlight-on-global-jihad   read with a built-in series profile
          spotlight parse caspian.txt --profile caspian.yml   a series of your own (README, "Adding a series")
        """;

    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of stdout. An existing file is replaced, whole and at once; a device or pipe such as "
                + "/dev/null is written in place. A directory (an existing one, or a path ending in /) means --output-dir.",
            HelpName = "FILE",
        };
        var outputDir = new Option<string?>("--output-dir", "-d")
        {
            Description = "Write one file per input into this directory, named after it (report.txt -> report.json).",
            HelpName = "DIR",
        };
        var force = new Option<bool>("--force") { Description = "Replace outputs that exist already under --output-dir (without it they are kept, and named as errors)." };
        var skipExisting = new Option<bool>("--skip-existing")
        {
            Description = "Under --output-dir, convert only inputs whose output is missing or older than the input; the others are skipped, not errors.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = FormatChoice.Help(ReportWriters.All, ReportWriters.Default),
            DefaultValueFactory = _ => ReportWriters.Default.Name,
        };
        format.AcceptOnlyFromAmong([.. ReportWriters.Names]);
        var table = new Option<string?>("--table") { Description = "CSV only: the table to write. [default: items]" };
        table.AcceptOnlyFromAmong([.. Enum.GetNames<CsvTable>().Select(name => name.ToLowerInvariant())]);
        var bom = new Option<bool>("--bom") { Description = "CSV only: start with a UTF-8 byte order mark, for Excel." };
        var noSanitize = new Option<bool>("--no-sanitize") { Description = "CSV only: keep fields that a spreadsheet would run as formulas as they are." };
        var compact = new Option<bool>("--compact") { Description = "JSON only: one line per tree instead of indented." };
        var outlets = new Option<string?>("--outlets")
        {
            Description = "A YAML file of news outlets and their aliases, added to the profile's table (entries there win).",
            HelpName = "FILE.yml",
        };
        var profile = new Option<string?>("--profile") { Description = ProfileOption.Description, HelpName = "NAME|FILE.yml" };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first input that fails." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary line; failures are still named." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar (it is shown only on a terminal, for more than a few files)." };

        foreach (var path in new[] { output, outputDir, outlets, profile })
            OptionValues.NotEmpty(path);
        var command = new Command("parse", Description);
        inputs.AddTo(command);
        foreach (Option option in new Option[] { output, outputDir, force, skipExisting, format, table, bom, noSanitize, compact, profile, outlets, failFast, quiet, noProgress })
            command.Options.Add(option);
        // Read the token, not the value: an unknown format is reported by its own validator, and a format not given
        // leaves the choice to the output file's name.
        ReportFormat Chosen(SymbolResult result, out string? conflict) => FormatChoice.Choose(ReportWriters.All, ReportWriters.Default,
            OptionValues.Typed(result, format),
            OptionValues.Typed(result, output) is { } file && !NamesDirectory(file) ? file : null,
            out conflict);
        command.Validators.Add(result =>
        {
            string chosen = Chosen(result, out string? conflict).Name;
            if (conflict is not null)
                result.AddError(conflict);
            foreach (var (option, only) in new (Option, string)[] { (table, "csv"), (bom, "csv"), (noSanitize, "csv"), (compact, "json") })
            {
                if (chosen != only && result.GetResult(option) is { Implicit: false })
                    result.AddError($"{option.Name} applies only to --format {only}");
            }
            if (result.GetResult(output) is { Implicit: false } && result.GetResult(outputDir) is { Implicit: false })
                result.AddError("--output and --output-dir cannot be used together");
            if (result.GetResult(force) is { Implicit: false } && result.GetResult(outputDir) is null && result.GetResult(output) is null)
                result.AddError("--force applies only with --output-dir");
            if (result.GetResult(skipExisting) is { Implicit: false })
            {
                if (result.GetResult(force) is { Implicit: false })
                    result.AddError("--force and --skip-existing cannot be used together");
                else if (result.GetResult(outputDir) is null
                    && !(OptionValues.Typed(result, output) is { } given && NamesDirectory(given)))
                    result.AddError("--skip-existing applies only with --output-dir");
            }
        });
        command.SetAction(parseResult =>
        {
            string? profileValue = parseResult.GetValue(profile);
            if (!ProfileOption.TryLoad(profileValue, parseResult.GetValue(outlets), out var profiles))
                return ExitCodes.UsageError;
            string? file = parseResult.GetValue(output), directory = parseResult.GetValue(outputDir);
            if (file is not null && NamesDirectory(file))
                (file, directory) = (null, file);
            var chosen = Chosen(parseResult.CommandResult, out _);
            var options = new ReportWriterOptions(Enum.Parse<CsvTable>(parseResult.GetValue(table) ?? "items", ignoreCase: true),
                parseResult.GetValue(bom), !parseResult.GetValue(noSanitize), parseResult.GetValue(compact));
            var settings = new ParseSettings(
                parseResult.GetValue(inputs.Files)!,
                parseResult.GetValue(inputs.Recursive),
                parseResult.GetValue(inputs.From),
                file,
                directory,
                parseResult.GetValue(force),
                parseResult.GetValue(skipExisting),
                chosen.Create(options),
                chosen.Extensions[0],
                profiles,
                profileValue is not null && ProfileOption.IsFile(profileValue) ? profileValue : null,
                parseResult.GetValue(outlets),
                parseResult.GetValue(inputs.Jobs),
                inputs.MaxBytesOf(parseResult),
                parseResult.GetValue(failFast),
                parseResult.GetValue(quiet),
                parseResult.GetValue(noProgress));
            return new ParseRun(settings).Execute();
        });
        return command;
    }

    /// <summary>"-o out/" names a directory, as users of cp and rsync expect, and so does an existing directory.</summary>
    private static bool NamesDirectory(string path) => path.EndsWith('/') || Directory.Exists(path);
}
