namespace Spotlight.Cli.Output;

/// <summary>Where a command's output goes: stdout, or a file written whole or not at all.</summary>
internal static class OutputTarget
{
    /// <param name="path">The file, or null for stdout.</param>
    /// <param name="write">Writes the output; returns false when a file is not worth keeping (nothing was converted).</param>
    public static void Write(string? path, Func<Stream, bool> write)
    {
        if (path is null)
        {
            using var stdout = new StdoutStream();
            write(stdout);
        }
        else
        {
            AtomicFile.Write(path, write);
        }
    }
}
