using System.Text;

namespace Spotlight.Timeline;

/// <summary>
/// The texts of a timeline's spilled events, each written once to one temporary file, in the order they come, and read
/// back by place only for the events written out: a run carries where its texts are, not the texts, so that its
/// sorting, merging and reading back move a few dozen bytes an event, and a text told by many reports is read once.
/// Like a run, the file has no name from the moment it is opened.
/// </summary>
internal sealed class SpilledTexts(string directory) : IDisposable
{
    private const int BufferSize = 256 * 1024;

    private FileStream? _file;
    private long _length;
    private bool _reading;
    // The events of a node share its text: within one run it is written once.
    private readonly Dictionary<string, StoredText> _written = new(ReferenceEqualityComparer.Instance);

    /// <exception cref="TimelineSpillException">The file cannot be made or written.</exception>
    public StoredText Keep(string text)
    {
        if (_written.TryGetValue(text, out var stored))
            return stored;
        try
        {
            if (_reading)
            {
                // Texts read back came through the file's buffer: writing goes on from its end.
                _file!.Position = _length;
                _reading = false;
            }
            _file ??= SpilledRun.Open(directory, ".texts", BufferSize);
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            _file.Write(bytes);
            stored = new StoredText(_length, bytes.Length);
            _length += bytes.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TimelineSpillException(directory, e);
        }
        _written[text] = stored;
        return stored;
    }

    /// <summary>Forgets which texts are written: called once a run is out, so that memory holds no text past it.</summary>
    public void Forget() => _written.Clear();

    /// <exception cref="TimelineSpillException">The file cannot be read back.</exception>
    public string Read(StoredText stored)
    {
        if (stored.Bytes == 0)
            return "";
        try
        {
            if (!_reading)
            {
                _file!.Flush();
                _reading = true;
            }
            byte[] bytes = new byte[stored.Bytes];
            int read = RandomAccess.Read(_file!.SafeFileHandle, bytes, stored.Offset);
            if (read != bytes.Length)
                throw new EndOfStreamException($"a text of {bytes.Length} bytes at {stored.Offset} ends after {read}");
            return Encoding.UTF8.GetString(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TimelineSpillException(directory, e);
        }
    }

    public void Dispose() => _file?.Dispose();
}
