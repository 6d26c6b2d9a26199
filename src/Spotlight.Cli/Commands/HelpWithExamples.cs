using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Spotlight.Cli.Commands;

/// <summary>
/// The built-in help, followed by an "Examples:" section for the command asked about; kept apart from
/// the descriptions so that the list of commands stays one line each.
/// </summary>
internal sealed class HelpWithExamples(HelpAction help, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new HelpWithExamples((HelpAction)option.Action!, examples);
    }

    /// <summary>The examples installed on <paramref name="root"/>'s help, for the man page to show the same.</summary>
    public static IReadOnlyDictionary<Command, string> Of(RootCommand root) =>
        root.Options.OfType<HelpOption>().Single().Action is HelpWithExamples installed ? installed.Examples : new Dictionary<Command, string>();

    private IReadOnlyDictionary<Command, string> Examples => examples;

    /// <summary>As for the built-in help: "spotlight parse --help" is no error for lack of a FILE.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        int code = help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out string? text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            output.WriteLine(text.TrimEnd());
            output.WriteLine();
        }
        return code;
    }
}
