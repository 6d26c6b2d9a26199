using System.Text;
using Spotlight.Spilling;

namespace Spotlight.Timeline;

/// <summary>
/// The texts of a timeline's events, each node's once, in the order they come, as UTF-8: in memory up to a bound, then
/// in a temporary file (which, like a run, has no name from the moment it is opened). Events carry where their text is,
/// not the text, so that holding, sorting, spilling and merging them moves a few dozen bytes an event and no strings
/// the collector must keep track of; only the texts of the events written out are read back.
/// </summary>
internal sealed class TextLog(string directory, long memoryBound) : IDisposable
{
    private const int ChunkSize = 1 << 20;
    private const int FileBufferSize = 256 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _lastChunkUsed = ChunkSize;
    private FileStream? _file;
    private long _length;
    private bool _flushed;

    /// <summary>The bytes of text held in memory.</summary>
    public long MemoryBytes => _file is null ? _length : 0;

    /// <exception cref="TimelineSpillException">The file cannot be made or written.</exception>
    public StoredText Append(string text)
    {
        int bytes = Encoding.UTF8.GetByteCount(text);
        var stored = new StoredText(_length, bytes);
        try
        {
            if (_file is null && _length + bytes > memoryBound)
                MoveToFile();
            if (_file is not null)
                WriteToFile(text, bytes);
            else
                WriteToMemory(text, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TimelineSpillException(directory, e);
        }
        _length += bytes;
        return stored;
    }

    /// <exception cref="TimelineSpillException">The file cannot be read back.</exception>
    public string Read(StoredText stored)
    {
        if (stored.Bytes == 0)
            return "";
        byte[] bytes = new byte[stored.Bytes];
        if (_file is null)
        {
            Copy(stored.Offset, bytes);
            return Encoding.UTF8.GetString(bytes);
        }
        try
        {
            if (!_flushed)
            {
                _file.Flush();
                _flushed = true;
            }
            int read = RandomAccess.Read(_file.SafeFileHandle, bytes, stored.Offset);
            if (read != bytes.Length)
                throw new EndOfStreamException($"a text of {bytes.Length} bytes at {stored.Offset} ends after {read}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TimelineSpillException(directory, e);
        }
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Appends to the chunks, every chunk full but the last: a text may run on from one into the next.</summary>
    private void WriteToMemory(string text, int bytes)
    {
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(bytes, 1));
        try
        {
            Encoding.UTF8.GetBytes(text, buffer);
            var left = buffer.AsSpan(0, bytes);
            while (!left.IsEmpty)
            {
                if (_lastChunkUsed == ChunkSize)
                {
                    _chunks.Add(new byte[ChunkSize]);
                    _lastChunkUsed = 0;
                }
                int take = Math.Min(left.Length, ChunkSize - _lastChunkUsed);
                left[..take].CopyTo(_chunks[^1].AsSpan(_lastChunkUsed));
                _lastChunkUsed += take;
                left = left[take..];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void WriteToFile(string text, int bytes)
    {
        if (_flushed)
        {
            // Texts were read back since: writing goes on from the end.
            _file!.Position = _length;
            _flushed = false;
        }
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(bytes, 1));
        try
        {
            Encoding.UTF8.GetBytes(text, buffer);
            _file!.Write(buffer, 0, bytes);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies the texts held so far into a new file, which takes every later one.</summary>
    private void MoveToFile()
    {
        _file = TemporaryFile.Open(directory, "timeline", ".texts", FileBufferSize);
        for (int i = 0; i < _chunks.Count; i++)
            _file.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _lastChunkUsed : ChunkSize);
        _chunks.Clear();
    }

    private void Copy(long offset, Span<byte> into)
    {
        while (!into.IsEmpty)
        {
            int chunk = (int)(offset / ChunkSize), at = (int)(offset % ChunkSize);
            int take = Math.Min(into.Length, ChunkSize - at);
            _chunks[chunk].AsSpan(at, take).CopyTo(into);
            into = into[take..];
            offset += take;
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        _chunks.Clear();
    }
}
