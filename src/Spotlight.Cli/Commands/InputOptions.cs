using System.CommandLine;
using Spotlight.Cli.Input;
using Spotlight.Reading;

namespace Spotlight.Cli.Commands;

/// <summary>The options that say which inputs a command reads and how, shared by parse, validate and timeline.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = $"Reports, directories (their {string.Join(", ", ReportReaders.Extensions.Order())} files), - for stdin, @LIST (one path a line) or @- (that list on stdin). After --, every word is a FILE.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> Recursive { get; } = new("--recursive", "-r") { Description = "Search directories at every level." };

    /// <summary>The input format: <c>--from</c>, or <c>--from-format</c> where <c>--from</c> is a date (timeline).</summary>
    public Option<string?> From { get; }

    /// <summary>The most inputs read at once; each holds a window of results, so the count is bounded.</summary>
    public const int MaxJobs = 1024;

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = $"Inputs read at once, 1 to {MaxJobs} (default: the number of cores). Output keeps the input order.",
        DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, MaxJobs),
        CustomParser = OptionValues.WholeNumber("--jobs", 1, MaxJobs),
        HelpName = "N",
    };

    public Option<string> MaxBytes { get; } = new("--max-bytes")
    {
        Description = $"Inputs larger than this fail: 64MB, 512k, 64MiB or a number of bytes ({ByteSize.Forms}; at most 1TiB).",
        DefaultValueFactory = _ => "64MB",
        HelpName = "SIZE",
    };

    /// <param name="formatOption">The name of the option that sets the input format.</param>
    public InputOptions(string formatOption = "--from")
    {
        From = new(formatOption) { Description = "Read every input in this format, whatever its name says." };
        Files.Validators.Add(result =>
        {
            foreach (string value in result.GetValueOrDefault<string[]>() ?? [])
            {
                // A FILE that looks like an option is told apart from one after "--" in UsageErrors, which sees every token.
                if (value.Length == 0 || value == "@")
                    result.AddError($"FILE: the path is empty (expected a report, a directory, - or @LIST)");
            }
        });
        From.AcceptOnlyFromAmong([.. ReportReaders.Names]);
        MaxBytes.Validators.Add(result =>
        {
            if (!ByteSize.TryParse(result.GetValueOrDefault<string>() ?? "", out _))
                result.AddError($"--max-bytes: '{result.GetValueOrDefault<string>()}' is not a size {ByteSize.Range} such as 64MB, 64MiB, 512k or 1000000");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Files);
        command.Options.Add(Recursive);
        command.Options.Add(From);
        command.Options.Add(Jobs);
        command.Options.Add(MaxBytes);
    }

    public long MaxBytesOf(ParseResult result)
    {
        ByteSize.TryParse(result.GetValue(MaxBytes)!, out long limit);
        return limit;
    }
}
