using Spotlight.Cli.Files;
using Spotlight.Cli.Input;

namespace Spotlight.Cli.Batch;

/// <summary>
/// Where each input's output goes under <c>--output-dir</c>: its name with the format's extension,
/// sub-folders mirrored. Checked whole before anything is written: no two inputs to one name, no
/// output over an input or a file read as settings (however either is spelled or reached: links followed,
/// device and inode compared), no output where a folder is.
/// </summary>
internal sealed class OutputPlan
{
    private readonly Dictionary<InputSpec, string> _targets;

    private OutputPlan(Dictionary<InputSpec, string> targets) => _targets = targets;

    /// <summary>The output path of an input, under the directory as the user named it.</summary>
    public string TargetOf(InputSpec input) => _targets[input];

    /// <summary>The plan, or the first problem that stops the run before it starts.</summary>
    public static OutputPlan Make(IReadOnlyList<InputSpec> inputs, IEnumerable<SettingsFile> settings, string directory, string extension,
        out string? problem)
    {
        problem = null;
        var targets = new Dictionary<InputSpec, string>(ReferenceEqualityComparer.Instance);
        var byTarget = new Dictionary<string, InputSpec>(StringComparer.Ordinal);
        var read = ReadFiles.Of(inputs, settings);

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
            if (read.Replaced(named, target) is { } replaced)
            {
                problem = $"{named}: the output of {input.Path} would replace {replaced}";
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
