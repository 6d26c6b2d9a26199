using System.CommandLine;
using System.Text;

namespace Spotlight.Cli.Commands;

/// <summary>
/// docs/spotlight.1, the man page, made from the same definitions as the help, the examples and
/// <see cref="ExitCodes"/>; a test regenerates it and fails when the file in the repository differs.
/// </summary>
internal static class ManPage
{
    public static string Generate(RootCommand root)
    {
        var (top, commands) = CommandShapes.Of(root);
        var examples = HelpWithExamples.Of(root);
        var page = new StringBuilder();
        page.Append($".TH SPOTLIGHT 1 \"\" \"spotlight {Roff(ToolVersion.Current)}\" \"User Commands\"\n");
        page.Append(".\\\" Written by `spotlight man` from the program's command definitions; do not edit.\n");
        page.Append(".SH NAME\nspotlight \\- ").Append(Roff(LowerFirst(top.Description.TrimEnd('.')))).Append('\n');
        page.Append(".SH SYNOPSIS\n");
        page.Append(".B spotlight\n").Append("[\\fIOPTION\\fR]\n");
        foreach (var command in commands)
            page.Append(".br\n").Append(".B spotlight ").Append(command.Name).Append('\n').Append(Usage(command)).Append('\n');
        page.Append(".SH DESCRIPTION\n").Append(Roff(top.Description)).Append('\n');
        page.Append(".SH OPTIONS\n");
        AppendOptions(page, top.Options);
        page.Append(".SH COMMANDS\n");
        foreach (var command in commands)
        {
            page.Append(".SS \"spotlight ").Append(command.Name).Append("\"\n");
            page.Append(Roff(command.Description)).Append('\n');
            foreach (var argument in command.Arguments)
                page.Append(".TP\n").Append("\\fI").Append(Roff(argument.Name)).Append("\\fR").Append(argument.Many ? "..." : "").Append('\n')
                    .Append(Roff(argument.Description)).Append('\n');
            AppendOptions(page, command.Options);
        }
        page.Append(".SH EXIT STATUS\n");
        foreach (var meaning in ExitCodes.Meanings)
            page.Append(".TP\n.B ").Append(meaning.Code).Append('\n').Append(Roff(meaning.Meaning)).Append('\n');
        var shown = new[] { (Command)root }.Concat(root.Subcommands).Where(examples.ContainsKey).ToList();
        if (shown.Count > 0)
        {
            page.Append(".SH EXAMPLES\n");
            foreach (var command in shown)
            {
                page.Append(".PP\n.nf\n");
                foreach (string line in examples[command].TrimEnd().Split('\n'))
                    page.Append(Roff(line.Trim())).Append('\n');
                page.Append(".fi\n");
            }
        }
        page.Append(".SH SEE ALSO\n");
        page.Append("The output contract (docs/CONTRACT.md), the validation rules (docs/rules.md) and the README of the spotlight repository.\n");
        return page.ToString();
    }

    private static string Usage(CommandShape command)
    {
        var usage = new StringBuilder("[\\fIOPTION\\fR]...");
        foreach (var argument in command.Arguments)
        {
            string name = $"\\fI{Roff(argument.Name)}\\fR{(argument.Many ? "..." : "")}";
            usage.Append(' ').Append(argument.Optional ? $"[{name}]" : name);
        }
        return usage.ToString();
    }

    private static void AppendOptions(StringBuilder page, IReadOnlyList<OptionShape> options)
    {
        foreach (var option in options)
        {
            page.Append(".TP\n").Append(string.Join(", ", option.Names.OrderBy(name => name.Length).Select(name => $"\\fB{Roff(name)}\\fR")));
            if (option.ValueName is not null)
                page.Append(" \\fI").Append(Roff(option.ValueName)).Append("\\fR");
            page.Append('\n').Append(Roff(option.Description)).Append('\n');
        }
    }

    private static string LowerFirst(string text) => text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    // roff reads a backslash as an escape and a line opening with . or ' as a request; - is a hyphen unless escaped.
    private static string Roff(string text)
    {
        string one = string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        string escaped = one.Replace("\\", "\\e").Replace("-", "\\-");
        return escaped.StartsWith('.') || escaped.StartsWith('\'') ? "\\&" + escaped : escaped;
    }
}
