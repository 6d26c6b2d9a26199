using System.Text;

namespace Spotlight.Cli.Commands;

/// <summary>The zsh completion script: saved as <c>_spotlight</c> in a folder of <c>$fpath</c>, or sourced.</summary>
internal static class ZshCompletion
{
    public static string Generate(CommandShape root, IReadOnlyList<CommandShape> commands)
    {
        var script = new StringBuilder();
        script.Append("""
            #compdef spotlight
            # zsh completion for spotlight, written by `spotlight completions zsh`.
            # Save it as _spotlight in a folder of $fpath, or load it with: source <(spotlight completions zsh)

            _spotlight() {
                local curcontext="$curcontext" state line
                typeset -A opt_args
                _arguments -C \

            """);
        foreach (var option in root.Options)
            AppendOption(script, option, "        ");
        script.Append("        '1: :->command' \\\n");
        script.Append("        '*:: :->arguments'\n");
        script.Append("""
                case $state in
                    command)
                        local -a commands
                        commands=(

            """);
        foreach (var command in commands)
            script.Append("                ").Append(Quote($"{command.Name}:{CompletionText.Summary(command.Description)}")).Append('\n');
        script.Append("""
                        )
                        _describe -t commands 'spotlight command' commands
                        ;;
                    arguments)
                        curcontext="${curcontext%:*:*}:spotlight-$line[1]:"
                        case $line[1] in

            """);
        foreach (var command in commands)
        {
            script.Append("                ").Append(command.Name).Append(")\n");
            script.Append("                    _arguments -S \\\n");
            foreach (var option in command.Options)
                AppendOption(script, option, "                        ");
            foreach (var argument in command.Arguments)
            {
                string position = argument.Many ? "*" : "1";
                string spec = $"{position}:{Escape(argument.Name)}:{Action(argument.Value, argument.Choices)}";
                script.Append("                        ").Append(Quote(spec)).Append(" \\\n");
            }
            script.Length -= " \\\n".Length;
            script.Append("\n                    ;;\n");
        }
        script.Append("""
                        esac
                        ;;
                esac
            }

            # Autoloaded from $fpath, this file is the body of _spotlight; sourced, it registers the function.
            if [[ "$funcstack[1]" == "_spotlight" ]]; then
                _spotlight "$@"
            else
                compdef _spotlight spotlight
            fi

            """);
        return script.ToString();
    }

    private static void AppendOption(StringBuilder script, OptionShape option, string indent)
    {
        // Every name of an option excludes the others: -o and --output are offered once between them.
        string exclusion = option.Names.Count > 1 ? $"({string.Join(' ', option.Names.Select(EscapeName))})" : "";
        foreach (string name in option.Names)
        {
            string spec = $"{exclusion}{EscapeName(name)}[{Escape(CompletionText.Summary(option.Description))}]";
            if (option.Value != ValueKind.None)
                spec += $":{Escape(option.ValueName ?? "VALUE")}:{Action(option.Value, option.Choices)}";
            script.Append(indent).Append(Quote(spec)).Append(" \\\n");
        }
    }

    private static string Action(ValueKind kind, IReadOnlyList<string> choices) => kind switch
    {
        ValueKind.Choice => $"({string.Join(' ', choices.Select(Escape))})",
        ValueKind.File => "_files",
        ValueKind.Directory => "_files -/",
        _ => " ",
    };

    // _arguments reads a backslash as quoting the next character: the brackets and colons of its own syntax,
    // and the '?' of -?, which the specs' patterns would read as a wildcard.
    private static string EscapeName(string name) => name.Replace("?", "\\?");

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '[' or ']' or ':')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
