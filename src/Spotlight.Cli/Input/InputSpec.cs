namespace Spotlight.Cli.Input;

/// <summary>One input of a run, as found from the command line.</summary>
/// <param name="Path">The path as given or as found in a directory ("-" for stdin); named in the tree and in messages.</param>
/// <param name="Relative">The path below the directory argument it was found in (for mirroring into --output-dir), or its file name.</param>
/// <param name="Error">Why this input is already known to fail (an unreadable list, an empty directory), or null.</param>
internal sealed record InputSpec(string Path, string Relative, string? Error = null)
{
    public bool IsStdin => Path == InputFile.Stdin;
}
