using System.Text;

namespace Spotlight.Cli.Commands;

/// <summary>The fish completion script: saved as <c>~/.config/fish/completions/spotlight.fish</c>, or sourced.</summary>
internal static class FishCompletion
{
    public static string Generate(CommandShape root, IReadOnlyList<CommandShape> commands)
    {
        var script = new StringBuilder();
        script.Append("""
            # fish completion for spotlight, written by `spotlight completions fish`.
            # Save it as ~/.config/fish/completions/spotlight.fish, or load it with: spotlight completions fish | source

            complete -c spotlight -f

            """);
        string names = string.Join(' ', commands.Select(command => command.Name));
        string atTop = $"not __fish_seen_subcommand_from {names}";
        foreach (var option in root.Options)
            AppendOption(script, atTop, option);
        foreach (var command in commands)
            script.Append($"complete -c spotlight -n {Quote(atTop)} -a {command.Name} -d {Quote(CompletionText.Summary(command.Description))}\n");
        foreach (var command in commands)
        {
            string within = $"__fish_seen_subcommand_from {command.Name}";
            script.Append('\n');
            foreach (var option in command.Options)
                AppendOption(script, within, option);
            foreach (var argument in command.Arguments)
                script.Append($"complete -c spotlight -n {Quote(within)} {Offer(argument.Value, argument.Choices)}\n");
        }
        return script.ToString();
    }

    private static void AppendOption(StringBuilder script, string condition, OptionShape option)
    {
        script.Append($"complete -c spotlight -n {Quote(condition)}");
        foreach (string name in option.Names)
            script.Append(name.StartsWith("--", StringComparison.Ordinal) ? $" -l {Quote(name[2..])}"
                : name.Length == 2 ? $" -s {Quote(name[1..])}"
                : $" -o {Quote(name[1..])}");
        if (option.Value != ValueKind.None)
            script.Append(' ').Append(Offer(option.Value, option.Choices));
        script.Append($" -d {Quote(CompletionText.Summary(option.Description))}\n");
    }

    private static string Offer(ValueKind kind, IReadOnlyList<string> choices) => kind switch
    {
        ValueKind.Choice => $"-x -a {Quote(string.Join(' ', choices))}",
        ValueKind.File => "-r -F",
        ValueKind.Directory => "-x -a '(__fish_complete_directories)'",
        _ => "-x",
    };

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
