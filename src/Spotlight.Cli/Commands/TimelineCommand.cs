using System.CommandLine;
using System.CommandLine.Parsing;
using Spotlight.Cli.Batch;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Reading;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight timeline FILE...</c>: the dated events of many reports, in date order, each told once.</summary>
internal static class TimelineCommand
{
    private static readonly string Description =
        "Write the dated events of reports in date order: one row per item or figure and date it mentions, with its section, "
        + "report and sources. The same event in two reports (the same text, or the same date and source in overlapping "
        + "periods) is written once, naming both. FILE is read as by parse: a report, a directory (its "
        + $"{string.Join(", ", ReportReaders.Extensions.Order())} files; every level with --recursive), - for stdin, or @LIST.";

    public const string Examples = """
          spotlight timeline reports/ -r                      CSV on stdout, every report under reports/
          spotlight timeline reports/ -r -o timeline.csv      into a file, written whole or not at all
          spotlight timeline reports/ -r -o timeline.json     the format from the extension: a JSON array
          spotlight timeline reports/ -r --region syria --from 2021-11 --to 2021-12   Syria, November and December 2021
          spotlight timeline reports/ -r --source "Al Arabiya" -f ndjson   what one outlet reported, one event a line
          spotlight timeline @list.txt --from-format pdf      the PDFs a list names
        """;

    public static Command Create()
    {
        var inputs = new InputOptions(formatOption: "--from-format");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of stdout. An existing file is replaced, whole and at once; a device or pipe such as "
                + "/dev/null is written in place.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = FormatChoice.Help(TimelineWriters.All, TimelineWriters.Default),
            DefaultValueFactory = _ => TimelineWriters.Default.Name,
        };
        format.AcceptOnlyFromAmong([.. TimelineWriters.Names]);
        var region = new Option<string[]>("--region")
        {
            Description = "Keep the events of sections of this region or section id (Syria, syria, iraq), case aside; repeat for more.",
            HelpName = "REGION",
        };
        var from = new Option<DateOnly?>("--from")
        {
            Description = "Keep events whose dates reach this day or later: a date (2021-11-05) or a month (2021-11, from its first day).",
            HelpName = "DATE",
            CustomParser = DateValues.Day("--from", lastDayOfMonth: false),
        };
        var to = new Option<DateOnly?>("--to")
        {
            Description = "Keep events whose dates begin on this day or earlier: a date (2021-11-30) or a month (2021-11, to its last day).",
            HelpName = "DATE",
            CustomParser = DateValues.Day("--to", lastDayOfMonth: true),
        };
        var source = new Option<string[]>("--source")
        {
            Description = "Keep the events citing this outlet or source name (\"Al Arabiya\", IRNA), case aside; repeat for more.",
            HelpName = "OUTLET",
        };
        var outlets = new Option<string?>("--outlets")
        {
            Description = "A YAML file of news outlets and their aliases, added to the profile's table (entries there win).",
            HelpName = "FILE.yml",
        };
        var profile = new Option<string?>("--profile") { Description = ProfileOption.Description, HelpName = "NAME|FILE.yml" };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop reading at the first input that fails." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary line; failures are still named." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar (it is shown only on a terminal, for more than a few files)." };

        foreach (var path in new[] { output, outlets, profile })
            OptionValues.NotEmpty(path);
        foreach (var name in new[] { region, source })
            DateValues.NoneEmpty(name);
        var command = new Command("timeline", Description);
        inputs.AddTo(command);
        foreach (Option option in new Option[] { output, format, region, from, to, source, profile, outlets, failFast, quiet, noProgress })
            command.Options.Add(option);
        // The token, not the value, as for parse: a format not given leaves the choice to the output file's name.
        TimelineFormat Chosen(SymbolResult result, out string? conflict) => FormatChoice.Choose(TimelineWriters.All, TimelineWriters.Default,
            OptionValues.Typed(result, format),
            OptionValues.Typed(result, output),
            out conflict);
        command.Validators.Add(result =>
        {
            Chosen(result, out string? conflict);
            if (conflict is not null)
                result.AddError(conflict);
            // Read from the tokens: a value that is no date has its own error, and no value to compare.
            string typedFrom = OptionValues.Typed(result, from) ?? "", typedTo = OptionValues.Typed(result, to) ?? "";
            if (DateValues.TryDay(typedFrom, lastDayOfMonth: false, out var first)
                && DateValues.TryDay(typedTo, lastDayOfMonth: true, out var last) && first > last)
                result.AddError($"--from {typedFrom} is after --to {typedTo}: no day is in both");
        });
        command.SetAction(parseResult =>
        {
            string? profileValue = parseResult.GetValue(profile);
            if (!ProfileOption.TryLoad(profileValue, parseResult.GetValue(outlets), out var profiles))
                return ExitCodes.UsageError;
            var filter = new TimelineFilter([.. parseResult.GetValue(region) ?? []], parseResult.GetValue(from), parseResult.GetValue(to),
                [.. parseResult.GetValue(source) ?? []]);
            var settings = new TimelineSettings(
                parseResult.GetValue(inputs.Files)!,
                parseResult.GetValue(inputs.Recursive),
                parseResult.GetValue(inputs.From),
                parseResult.GetValue(output),
                Chosen(parseResult.CommandResult, out _).Create(),
                filter,
                profiles,
                profileValue is not null && ProfileOption.IsFile(profileValue) ? profileValue : null,
                parseResult.GetValue(outlets),
                parseResult.GetValue(inputs.Jobs),
                inputs.MaxBytesOf(parseResult),
                parseResult.GetValue(failFast),
                parseResult.GetValue(quiet),
                parseResult.GetValue(noProgress));
            return new TimelineRun(settings).Execute();
        });
        return command;
    }
}
