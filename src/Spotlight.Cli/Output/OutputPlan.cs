using Spotlight.Cli.Input;

namespace Spotlight.Cli.Output;

/// <summary>
/// Where each input's output goes under <c>--output-dir</c>: its name with the format's extension,
/// sub-folders mirrored. Checked whole before anything is written: no two inputs to one name, no
/// output over an input.
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
        var inputPaths = inputs.Where(i => !i.IsStdin).Select(i => Path.GetFullPath(i.Path)).ToHashSet(StringComparer.Ordinal);

        foreach (var input in inputs.Where(i => i.Error is null))
        {
            string relative = Path.ChangeExtension(input.Relative, extension);
            string target = Path.GetFullPath(Path.Combine(directory, relative));
            if (byTarget.TryGetValue(target, out var other))
            {
                problem = $"{other.Path} and {input.Path} would both be written to {Path.Combine(directory, relative)}";
                break;
            }
            if (inputPaths.Contains(target))
            {
                problem = $"{input.Path}: its output {Path.Combine(directory, relative)} is an input";
                break;
            }
            byTarget[target] = input;
            targets[input] = Path.Combine(directory, relative);
        }
        return new OutputPlan(targets);
    }
}
