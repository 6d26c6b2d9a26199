namespace Spotlight.Cli.Output;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file beside the target,
/// which is renamed over it only once complete.
/// </summary>
internal static class AtomicFile
{
    /// <param name="write">Writes the content; returns false when there is nothing worth keeping.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool Write(string path, Func<Stream, bool> write)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            bool keep;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                keep = write(stream);
            if (keep)
                File.Move(temp, full, overwrite: true);
            return keep;
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }
}
