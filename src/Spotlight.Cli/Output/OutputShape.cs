namespace Spotlight.Cli.Output;

/// <summary>
/// Whether a run writes one tree or a list of them (a JSON array, YAML documents each opened by <c>---</c>, a CSV
/// header even when no input converts). It follows the command line, never the count of files found, so that a
/// script's filter does not break when a folder gains its second report or loses its last.
/// </summary>
internal static class OutputShape
{
    /// <summary>
    /// One FILE (or -) is one tree; a directory, an @LIST, --recursive or more than one FILE is a list, whatever it
    /// holds. A path that is not a directory when the run starts counts as a file.
    /// </summary>
    public static bool IsList(IReadOnlyList<string> files, bool recursive) =>
        recursive || files.Count != 1 || files[0] is ['@', _, ..] || (files[0] != "-" && Directory.Exists(files[0]));
}
