using Spotlight.Cli.Files;
using Spotlight.Cli.Input;

namespace Spotlight.Cli.Batch;

/// <summary>
/// Where each input's output goes under <c>--output-dir</c>: its name with the format's extension,
/// sub-folders mirrored. Inputs that would share a name (<c>001.html</c> and <c>001.pdf</c>) keep their own
/// extension before the format's (<c>001.html.json</c>), so that a folder of one report in several formats converts.
/// Checked whole before anything is written: no two inputs to one name, no output over an input or a file read as
/// settings (however either is spelled or reached: links followed, device and inode compared), no output where a
/// folder is.
/// </summary>
internal sealed class OutputPlan
{
    private readonly Dictionary<InputSpec, string> _targets;

    private OutputPlan(Dictionary<InputSpec, string> targets, SharedNames? shared)
    {
        _targets = targets;
        Shared = shared;
    }

    /// <summary>The inputs whose outputs keep their extension, or null when no two inputs share a name.</summary>
    public SharedNames? Shared { get; }

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
        var valid = inputs.Where(i => i.Error is null).ToList();
        var sharing = Sharing(valid, directory, extension);

        foreach (var input in valid)
        {
            string named = Path.Combine(directory, sharing.Inputs.Contains(input) ? input.Relative + extension : Path.ChangeExtension(input.Relative, extension));
            string target = RealPath.Of(named);
            if (byTarget.TryGetValue(target, out var other))
            {
                // Two inputs that share even their extension (a/r.txt and b/r.txt) are named by the name they share.
                string shared = sharing.Inputs.Contains(input) && sharing.Inputs.Contains(other)
                    ? Path.Combine(directory, Path.ChangeExtension(input.Relative, extension)) : named;
                problem = $"{other.Path} and {input.Path} would both be written to {shared}";
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
        var kept = valid.Where(sharing.Inputs.Contains).Select(input => new SharedName(input.Path, input.Relative + extension)).ToList();
        return new OutputPlan(targets, kept.Count > 0 ? new SharedNames(kept, sharing.Groups) : null);
    }

    /// <summary>The inputs whose plain output name (the format's extension in place of theirs) another input's is too.</summary>
    private static (HashSet<InputSpec> Inputs, int Groups) Sharing(List<InputSpec> inputs, string directory, string extension)
    {
        var groups = inputs.GroupBy(input => RealPath.Of(Path.Combine(directory, Path.ChangeExtension(input.Relative, extension))), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .ToList();
        return (new HashSet<InputSpec>(groups.SelectMany(group => group), ReferenceEqualityComparer.Instance), groups.Count);
    }
}
