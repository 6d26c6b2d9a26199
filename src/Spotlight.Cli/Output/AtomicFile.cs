namespace Spotlight.Cli.Output;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file beside the target,
/// which is renamed over it only once complete. A process killed outright (SIGKILL) can leave the
/// hidden temporary file, never a half-written target; SIGINT and SIGTERM remove it (<see cref="Interruption"/>).
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
            using (var stream = PendingFiles.Create(temp))
                keep = write(stream);
            if (keep)
                PendingFiles.Commit(temp, full);
            return keep;
        }
        finally
        {
            PendingFiles.Discard(temp);
        }
    }
}
