using Spotlight.Cli.Files;

namespace Spotlight.Cli.Output;

/// <summary>
/// The temporary files of outputs being written, so that a signal can remove them before the process
/// exits. Creating, renaming and removing them share one lock, so that the signal sees every one that is
/// on disk, and none is created or renamed after it has cleaned up.
/// </summary>
internal static class PendingFiles
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Paths = new(StringComparer.Ordinal);

    /// <summary>A new temporary file, never one that exists already (a leftover of a killed run is not ours to reuse).</summary>
    public static FileStream Create(string temp)
    {
        lock (Gate)
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
            Paths.Add(temp);
            return stream;
        }
    }

    /// <summary>
    /// Renames a complete temporary file to its target, replacing what is there, or, without <paramref name="replace"/>,
    /// only if nothing is (<see cref="OutputExistsException"/> otherwise: a file that appeared since the run began is kept).
    /// </summary>
    public static void Commit(string temp, string target, bool replace)
    {
        lock (Gate)
        {
            if (replace)
                File.Move(temp, target, overwrite: true);
            else
                NativeFile.RenameNoReplace(temp, target);
            Paths.Remove(temp);
        }
    }

    /// <summary>Removes a temporary file that was not committed; nothing if it was.</summary>
    public static void Discard(string temp)
    {
        lock (Gate)
        {
            if (Paths.Remove(temp))
                File.Delete(temp);
        }
    }

    /// <summary>
    /// Removes every temporary file and keeps the lock for good, so that no worker starts or renames
    /// another: the caller exits the process next.
    /// </summary>
    public static void RemoveAllAndHold()
    {
        Gate.Enter();
        foreach (string temp in Paths)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Exiting matters more than one leftover; it is a hidden .tmp file, never a half output.
            }
        }
        Paths.Clear();
    }
}
