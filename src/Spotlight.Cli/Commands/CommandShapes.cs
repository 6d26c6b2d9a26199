using System.CommandLine;
using System.CommandLine.Completions;

namespace Spotlight.Cli.Commands;

/// <summary>Reads the shapes of the program's commands from the System.CommandLine tree they are parsed with.</summary>
internal static class CommandShapes
{
    /// <summary>The root (the options of <c>spotlight</c> itself) and then every command a user may type, hidden ones left out.</summary>
    public static (CommandShape Root, IReadOnlyList<CommandShape> Commands) Of(RootCommand root)
    {
        var recursive = root.Options.Where(option => option.Recursive && !option.Hidden).ToList();
        var commands = root.Subcommands.Where(command => !command.Hidden)
            .Select(command => Shape(command, command.Options.Concat(recursive)))
            .ToList();
        return (Shape(root, root.Options), commands);
    }

    private static CommandShape Shape(Command command, IEnumerable<Option> options) => new(
        command.Name,
        command.Description ?? "",
        [.. options.Where(option => !option.Hidden).Distinct().Select(Shape)],
        [.. command.Arguments.Where(argument => !argument.Hidden).Select(Shape)]);

    private static OptionShape Shape(Option option)
    {
        // The help's /? and /h are for Windows' shells; a Unix shell would read /h as a path.
        var names = new[] { option.Name }.Concat(option.Aliases.Where(alias => alias[0] == '-')
            .OrderByDescending(alias => alias.Length).ThenBy(alias => alias, StringComparer.Ordinal));
        bool isSwitch = option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0;
        var choices = isSwitch ? [] : Choices(option.GetCompletions(CompletionContext.Empty));
        var kind = isSwitch ? ValueKind.None : Kind(option.HelpName, choices);
        return new OptionShape([.. names], option.Description ?? "", kind, isSwitch ? null : option.HelpName ?? ValueNameOf(choices), choices);
    }

    private static ArgumentShape Shape(Argument argument)
    {
        var choices = Choices(argument.GetCompletions(CompletionContext.Empty));
        return new ArgumentShape(argument.Name, argument.Description ?? "", Kind(argument.HelpName ?? argument.Name, choices), choices,
            argument.Arity.MaximumNumberOfValues > 1, argument.Arity.MinimumNumberOfValues == 0);
    }

    private static IReadOnlyList<string> Choices(IEnumerable<CompletionItem> items) => [.. items.Select(item => item.Label)];

    // The help names say what a value is (FILE, DIR, FILE.yml, NAME|FILE.yml): the one place the definitions say it.
    private static ValueKind Kind(string? helpName, IReadOnlyList<string> choices) =>
        choices.Count > 0 ? ValueKind.Choice
        : helpName is null ? ValueKind.Text
        : helpName.Contains("DIR", StringComparison.Ordinal) ? ValueKind.Directory
        : helpName.Contains("FILE", StringComparison.Ordinal) ? ValueKind.File
        : ValueKind.Text;

    private static string ValueNameOf(IReadOnlyList<string> choices) => choices.Count > 0 ? string.Join('|', choices) : "VALUE";
}
