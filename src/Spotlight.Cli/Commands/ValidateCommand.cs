using System.CommandLine;
using System.CommandLine.Parsing;
using Spotlight.Cli.Batch;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Validation;
using Spotlight.Writing.Findings;

namespace Spotlight.Cli.Commands;

/// <summary><c>spotlight validate FILE...</c>: a linter for reports, for editors and CI pipelines.</summary>
internal static class ValidateCommand
{
    private const string Description =
        "Check reports against the rules in docs/rules.md and print findings as compilers do: path:line:column: severity ID: message. "
        + "A .spotlight.yml in the input's folder or above turns rules off, changes their severity and ignores paths.";

    public const string Examples = """
          spotlight validate reports/*.txt                       findings, then a summary on stderr
          spotlight validate reports/ -r --strict                warnings fail the run too
          spotlight validate reports/ -r -f sarif -o spotlight.sarif   for code-scanning dashboards
          spotlight validate reports/ -r -f github               annotations in a GitHub Actions run
          spotlight validate reports/ -r -f codequality -o gl-code-quality-report.json   a GitLab Code Quality report
          spotlight validate report.txt --config ci/spotlight.yml --max-warnings 10
          git diff --name-only --diff-filter=d main -- '*.txt' | spotlight validate @-   only the reports a branch changed
          spotlight validate jihad/*.txt --profile spotlight-on-global-jihad   with a built-in series profile
        """;

    public static Command Create()
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = FormatChoice.Help(FindingsWriters.All, FindingsWriters.Default),
            DefaultValueFactory = _ => FindingsWriters.Default.Name,
        };
        format.AcceptOnlyFromAmong([.. FindingsWriters.Names]);
        var config = new Option<string?>("--config") { Description = "Use this configuration instead of the .spotlight.yml found beside the inputs.", HelpName = "FILE" };
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "Write the findings to this file instead of stdout. An existing file is replaced, whole and at once; "
                + "a device or pipe such as /dev/null is written in place.",
        };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 on warnings as well as errors." };
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Exit 1 when there are more warnings than this.",
            HelpName = "N",
            CustomParser = OptionValues.OptionalWholeNumber("--max-warnings", 0, int.MaxValue),
        };
        var profile = new Option<string?>("--profile") { Description = ProfileOption.Description, HelpName = "NAME|FILE.yml" };
        OptionValues.NotEmpty(config);
        OptionValues.NotEmpty(profile);
        OptionValues.NotEmpty(output);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line on stderr." };

        var command = new Command("validate", Description);
        inputs.AddTo(command);
        foreach (Option option in new Option[] { format, config, profile, output, strict, maxWarnings, quiet })
            command.Options.Add(option);
        // The token, not the value, as for parse: a format not given leaves the choice to the output file's name.
        FindingsFormat Chosen(SymbolResult result, out string? conflict) => FormatChoice.Choose(FindingsWriters.All, FindingsWriters.Default,
            OptionValues.Typed(result, format),
            OptionValues.Typed(result, output),
            out conflict);
        command.Validators.Add(result =>
        {
            Chosen(result, out string? conflict);
            if (conflict is not null)
                result.AddError(conflict);
        });
        command.SetAction(parseResult => !ProfileOption.TryLoad(parseResult.GetValue(profile), null, out var profiles)
            ? ExitCodes.UsageError
            : new ValidateRun(new ValidateSettings(
            parseResult.GetValue(inputs.Files)!,
            parseResult.GetValue(inputs.Recursive),
            parseResult.GetValue(inputs.From),
            inputs.MaxBytesOf(parseResult),
            parseResult.GetValue(inputs.Jobs),
            parseResult.GetValue(config),
            Chosen(parseResult.CommandResult, out _).Create(ToolVersion.Current, DiagnosticCatalog.All),
            parseResult.GetValue(output),
            parseResult.GetValue(strict),
            parseResult.GetValue(maxWarnings),
            parseResult.GetValue(quiet),
            profiles)).Execute());
        return command;
    }
}
