using System.Text;
using Spotlight.Cli.Input;

namespace Spotlight.Fuzz;

/// <summary>
/// The bytes as an <c>@LIST</c> file, expanded as the command line expands one, with and without --recursive, the
/// listed paths taken relative to a sandbox of files, folders and links. Every input found must have a path the
/// run's path functions take, and either carry an error or name a path the run can use: no NUL in it, and a
/// name to mirror into --output-dir that stays below that folder. No exception may escape.
/// </summary>
public sealed class ListTarget : Target
{
    /// <summary>Small, so that lists over the limit are tried too.</summary>
    private const long ListLimit = 4096;

    private static readonly string OutputDirectory = Path.Combine(Path.GetTempPath(), "out");

    private readonly ListSandbox _sandbox = new();

    public override void Run(byte[] bytes)
    {
        File.WriteAllBytes(_sandbox.ListFile, bytes);
        string before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_sandbox.Root);
        try
        {
            if (!StaysInside(bytes))
                return;
            foreach (bool recursive in (bool[])[false, true])
            {
                foreach (var input in InputExpander.Expand(["@" + _sandbox.ListFile], recursive, ListLimit))
                    Check(input);
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    /// <summary>Whether every folder the list names is inside the sandbox (see <see cref="ListSandbox.Contains"/>).</summary>
    private bool StaysInside(byte[] bytes)
    {
        foreach (string line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            string path = line.Trim();
            if (path.Length > 0 && !path.Contains('\0') && Directory.Exists(path) && !_sandbox.Contains(path))
                return false;
        }
        return true;
    }

    private static void Check(InputSpec input)
    {
        // The run makes every input's path full, failed ones too (to find its configuration, to keep outputs off it).
        if (!input.IsStdin)
            Path.GetFullPath(input.Path);
        if (input.Error is not null)
            return;
        if (input.Path.Length == 0 || input.Path.Contains('\0'))
            throw new InvalidOperationException($"input '{input.Path}' names no path, and carries no error");
        string mirrored = Path.GetFullPath(Path.Combine(OutputDirectory, Path.ChangeExtension(input.Relative, ".json")));
        if (!mirrored.StartsWith(OutputDirectory + "/", StringComparison.Ordinal))
            throw new InvalidOperationException($"input '{input.Path}' would be written to {mirrored}, not below the output folder (relative name '{input.Relative}')");
    }
}
