namespace Spotlight.Timeline;

/// <summary>A temporary file of a timeline could not be made, written or read back (a full disk, a folder not writable).</summary>
public sealed class TimelineSpillException(string directory, Exception inner)
    : Exception($"cannot use temporary files in {directory} ({inner.Message})", inner)
{
    public string Directory { get; } = directory;
}
