using System.Security.Cryptography;

namespace Spotlight.Spilling;

/// <summary>
/// A temporary file that no folder names: its name is removed as soon as it is opened, so that the open handle keeps
/// its bytes for the run alone, and they are gone when it is closed, however the process ends (even killed outright).
/// </summary>
internal static class TemporaryFile
{
    /// <summary>A new temporary file in the folder, open to read and write, whose name is gone already.</summary>
    /// <param name="kind">What it holds, in its short-lived name (<c>spotlight-timeline-…</c>).</param>
    /// <exception cref="IOException">The file cannot be made.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static FileStream Open(string directory, string kind, string extension, int bufferSize)
    {
        string path = Path.Combine(directory, $"spotlight-{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}{extension}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, bufferSize, FileOptions.DeleteOnClose);
        try
        {
            File.Delete(path);
        }
        catch
        {
            file.Dispose();
            throw;
        }
        return file;
    }
}
