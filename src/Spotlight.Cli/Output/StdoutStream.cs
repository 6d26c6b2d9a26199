using Microsoft.Win32.SafeHandles;

namespace Spotlight.Cli.Output;

/// <summary>
/// Standard output as a stream that says when its reader has gone. The console's own stream drops writes to a
/// closed pipe without a word, so a run piped into <c>head</c> would go on converting for nobody.
/// </summary>
internal sealed class StdoutStream : Stream
{
    /// <summary>EPIPE: the reading end of the pipe is closed.</summary>
    private const int BrokenPipe = 32;

    private readonly Stream _inner = OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e) when (e.HResult == BrokenPipe)
        {
            throw new ReaderGoneException();
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException e) when (e.HResult == BrokenPipe)
        {
            throw new ReaderGoneException();
        }
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>The reader of standard output has gone (<c>| head</c> has what it wanted): the run stops at once, quietly, and succeeds.</summary>
internal sealed class ReaderGoneException() : Exception("the reader of standard output has gone");
