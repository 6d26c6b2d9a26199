using System.Buffers;

namespace Spotlight.Writing;

/// <summary>
/// A buffer writer that hands its bytes to a stream in chunks as they are written. A
/// <see cref="System.Text.Json.Utf8JsonWriter"/> made on a stream keeps a whole report in memory until it is
/// flushed, many times the size of the input; made on this, it keeps one chunk.
/// </summary>
public sealed class StreamBufferWriter(Stream stream, int chunkSize = 64 * 1024) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
    private int _written;

    public void Advance(int count)
    {
        _written += count;
        if (_written >= chunkSize)
            Flush();
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Writes out what is buffered.</summary>
    public void Flush()
    {
        if (_written == 0)
            return;
        stream.Write(_buffer, 0, _written);
        _written = 0;
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
            return;
        Flush();
        if (_buffer.Length >= needed)
            return;
        // One value longer than a chunk (a long paragraph): the buffer grows to hold it.
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = ArrayPool<byte>.Shared.Rent(needed);
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(buffer);
    }
}
