using System.Globalization;

namespace Spotlight.Cli.Batch;

/// <summary>
/// The outputs a run under --output-dir found in place and kept, without --force or --skip-existing: each is an
/// error for its input (exit code 1), but a rerun into a full folder is told in one line, not one line a file.
/// </summary>
internal sealed class ExistingOutputs
{
    private string? _input, _output;
    private int _count;

    public static string Reason(string output) => $"{output} exists (--force replaces it)";

    public void Add(string input, string output)
    {
        if (_count++ == 0)
            (_input, _output) = (input, output);
    }

    /// <summary>The line for stderr: the one output by name, or how many there were; null when there were none.</summary>
    public string? Line(string? directory) => _count switch
    {
        0 => null,
        1 => $"spotlight: {_input}: {Reason(_output!)}",
        _ => $"spotlight: {_count.ToString("N0", CultureInfo.InvariantCulture)} outputs exist in {directory} "
            + "(--force replaces them, --skip-existing converts only what is new)",
    };
}
