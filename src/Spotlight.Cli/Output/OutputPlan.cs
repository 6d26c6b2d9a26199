using Spotlight.Cli.Input;

namespace Spotlight.Cli.Output;

/// <summary>
/// Where each input's output goes under <c>--output-dir</c>: its name with the format's extension,
/// sub-folders mirrored. Checked whole before anything is written: no two inputs to one name, no
/// output over an input (however either is spelled, links followed), no output where a folder is.
/// </summary>
internal sealed class OutputPlan
{
    private readonly Dictionary<InputSpec, string> _targets;

    private OutputPlan(Dictionary<InputSpec, string> targets) => _targets = targets;

    /// <summary>The output path of an input, under the directory as the user named it.</summary>
    public string TargetOf(InputSpec input) => _targets[input];

    /// <summary>The plan, or the first problem that stops the run before it starts.</summary>
    public static OutputPlan Make(IReadOnlyList<InputSpec> inputs, string directory, string extension, out string? problem)
    {
        problem = null;
        var targets = new Dictionary<InputSpec, string>(ReferenceEqualityComparer.Instance);
        var byTarget = new Dictionary<string, InputSpec>(StringComparer.Ordinal);
        var byRealPath = new Dictionary<string, InputSpec>(StringComparer.Ordinal);
        foreach (var input in inputs.Where(i => !i.IsStdin))
            byRealPath.TryAdd(RealPath.Of(input.Path), input);

        foreach (var input in inputs.Where(i => i.Error is null))
        {
            string relative = Path.ChangeExtension(input.Relative, extension);
            string named = Path.Combine(directory, relative);
            string target = RealPath.Of(named);
            if (byTarget.TryGetValue(target, out var other))
            {
                problem = $"{other.Path} and {input.Path} would both be written to {named}";
                break;
            }
            if (byRealPath.TryGetValue(target, out var replaced))
            {
                problem = $"{named}: the output of {input.Path} would replace the input {replaced.Path}";
                break;
            }
            if (Directory.Exists(named))
            {
                problem = $"{named}: the output of {input.Path} is a directory";
                break;
            }
            byTarget[target] = input;
            targets[input] = named;
        }
        return new OutputPlan(targets);
    }
}
