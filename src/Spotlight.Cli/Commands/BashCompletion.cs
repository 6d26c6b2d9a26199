using System.Text;

namespace Spotlight.Cli.Commands;

/// <summary>The bash completion script: <c>source &lt;(spotlight completions bash)</c>.</summary>
internal static class BashCompletion
{
    public static string Generate(CommandShape root, IReadOnlyList<CommandShape> commands)
    {
        var script = new StringBuilder();
        script.Append("""
            # bash completion for spotlight, written by `spotlight completions bash`.
            # Load it with: source <(spotlight completions bash)
            _spotlight() {
                local cur prev command="" i
                cur="${COMP_WORDS[COMP_CWORD]}"
                prev="${COMP_WORDS[COMP_CWORD-1]}"
                COMPREPLY=()
                for ((i = 1; i < COMP_CWORD; i++)); do
                    case "${COMP_WORDS[i]}" in

            """);
        script.Append("            ").Append(string.Join('|', commands.Select(command => command.Name))).Append(") command=\"${COMP_WORDS[i]}\"; break ;;\n");
        script.Append("""
                    esac
                done
                # After --, every word is a file.
                for ((i = 1; i < COMP_CWORD; i++)); do
                    if [[ "${COMP_WORDS[i]}" == "--" ]]; then
                        COMPREPLY=($(compgen -f -- "$cur"))
                        return
                    fi
                done
                case "$command" in

            """);
        script.Append("        \"\")\n");
        AppendBody(script, root, commands.Select(command => command.Name));
        foreach (var command in commands)
        {
            script.Append("        ").Append(command.Name).Append(")\n");
            AppendBody(script, command, []);
        }
        script.Append("""
                esac
            }
            complete -o filenames -o bashdefault -F _spotlight spotlight

            """);
        return script.ToString();
    }

    private static void AppendBody(StringBuilder script, CommandShape command, IEnumerable<string> subcommands)
    {
        var valued = command.Options.Where(option => option.Value != ValueKind.None).ToList();
        if (valued.Count > 0)
        {
            script.Append("            case \"$prev\" in\n");
            foreach (var option in valued)
                script.Append("                ").Append(string.Join('|', option.Names.Select(Quote))).Append(") ").Append(Offer(option.Value, option.Choices)).Append("; return ;;\n");
            script.Append("            esac\n");
        }
        var words = command.Options.SelectMany(option => option.Names).ToList();
        script.Append("            if [[ \"$cur\" == -* ]]; then\n");
        script.Append("                COMPREPLY=($(compgen -W ").Append(Quote(string.Join(' ', words))).Append(" -- \"$cur\"))\n");
        script.Append("            else\n");
        var argument = command.Arguments.FirstOrDefault();
        string rest = subcommands.Any() ? $"COMPREPLY=($(compgen -W {Quote(string.Join(' ', subcommands))} -- \"$cur\"))"
            : argument is null ? "COMPREPLY=()"
            : Offer(argument.Value, argument.Choices);
        script.Append("                ").Append(rest).Append('\n');
        script.Append("            fi\n");
        script.Append("            ;;\n");
    }

    private static string Offer(ValueKind kind, IReadOnlyList<string> choices) => kind switch
    {
        ValueKind.Choice => $"COMPREPLY=($(compgen -W {Quote(string.Join(' ', choices))} -- \"$cur\"))",
        ValueKind.File => "COMPREPLY=($(compgen -f -- \"$cur\"))",
        ValueKind.Directory => "COMPREPLY=($(compgen -d -- \"$cur\"))",
        _ => "COMPREPLY=()",
    };

    // Names and choices are plain words; single quotes keep a '?' (the -? alias) from being a glob.
    private static string Quote(string words) => "'" + words.Replace("'", "'\\''") + "'";
}
