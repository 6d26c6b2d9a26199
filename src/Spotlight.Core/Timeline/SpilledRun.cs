using Spotlight.Spilling;

namespace Spotlight.Timeline;

/// <summary>
/// A sorted run of entries in a temporary file. The file's name is removed as soon as it is opened: the open handle
/// keeps its bytes for this run alone, and they are gone when it is closed, however the process ends (even killed
/// outright); no name is ever left behind in the folder.
/// </summary>
internal sealed class SpilledRun : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _file;

    public int Count { get; }

    private SpilledRun(FileStream file, int count)
    {
        _file = file;
        Count = count;
    }

    /// <summary>Writes entries whose texts are stored already (<see cref="TimelineEntry.Stored"/>).</summary>
    /// <exception cref="TimelineSpillException">The file cannot be made or written.</exception>
    public static SpilledRun Write(string directory, IEnumerable<TimelineEntry> entries) => Write(directory, file =>
    {
        int count = 0;
        using var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
        foreach (var entry in entries)
        {
            TimelineEntryCodec.Write(writer, entry);
            count++;
        }
        return count;
    });

    /// <summary>Writes the records of held entries, sorted already.</summary>
    /// <exception cref="TimelineSpillException">The file cannot be made or written.</exception>
    public static SpilledRun Write(string directory, HeldEntries held) => Write(directory, file =>
    {
        held.WriteTo(file);
        return held.Count;
    });

    /// <param name="write">Writes the records, and gives their count.</param>
    private static SpilledRun Write(string directory, Func<Stream, int> write)
    {
        FileStream? file = null;
        try
        {
            file = TemporaryFile.Open(directory, "timeline", ".run", BufferSize);
            int count = write(file);
            file.Flush();
            return new SpilledRun(file, count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            throw new TimelineSpillException(directory, e);
        }
        catch
        {
            file?.Dispose();
            throw;
        }
    }

    /// <summary>The run's entries from its start; one reading at a time.</summary>
    /// <exception cref="TimelineSpillException">The file cannot be read back.</exception>
    public IEnumerable<TimelineEntry> Read()
    {
        BinaryReader reader;
        try
        {
            _file.Position = 0;
            reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TimelineSpillException(Path.GetDirectoryName(_file.Name) ?? "", e);
        }
        using (reader)
        {
            for (int i = 0; i < Count; i++)
            {
                TimelineEntry entry;
                try
                {
                    entry = TimelineEntryCodec.Read(reader);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new TimelineSpillException(Path.GetDirectoryName(_file.Name) ?? "", e);
                }
                yield return entry;
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
