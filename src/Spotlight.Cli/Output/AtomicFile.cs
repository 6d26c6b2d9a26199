using System.Security.Cryptography;
using Spotlight.Cli.Files;

namespace Spotlight.Cli.Output;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file beside the target,
/// which is renamed over it only once complete. A process killed outright (SIGKILL) can leave the
/// hidden temporary file, never a half-written target; SIGINT and SIGTERM remove it (<see cref="Interruption"/>).
/// A target that is not a regular file (a device such as /dev/null, a pipe) is written in place, never replaced.
/// </summary>
internal static class AtomicFile
{
    /// <param name="write">Writes the content; returns false when there is nothing worth keeping.</param>
    /// <param name="replace">Whether a file at the target may be replaced; if not, one there, even one created
    /// while the content was written, fails the write with <see cref="OutputExistsException"/> and is kept.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool Write(string path, Func<Stream, bool> write, bool replace = true)
    {
        string full = Path.GetFullPath(path);
        if (WrittenInPlace(full))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            return write(device);
        }
        string directory = Path.GetDirectoryName(full) ?? ".";
        // The process id alone is not unique: in a container spotlight is often process 1 on every run, and a
        // leftover of a killed run would block every later one.
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
        try
        {
            bool keep;
            using (var stream = PendingFiles.Create(temp))
                keep = write(stream);
            if (keep)
                PendingFiles.Commit(temp, full, replace);
            return keep;
        }
        finally
        {
            PendingFiles.Discard(temp);
        }
    }

    /// <summary>
    /// A device, a pipe or a socket (and /dev/stdout, /dev/fd/N, /proc/…, whatever they lead to) takes the output as
    /// it comes: renaming a regular file over one would destroy it, and a temporary file cannot be made beside it.
    /// </summary>
    private static bool WrittenInPlace(string full) =>
        full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/dev/fd/", StringComparison.Ordinal)
        || full is "/dev/stdout" or "/dev/stderr"
        || NativeFile.IdentityOf(full) is { IsRegular: false, IsDirectory: false };
}
