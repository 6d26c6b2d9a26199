using Spotlight.Cli.Files;
using Spotlight.Reading;

namespace Spotlight.Cli.Input;

/// <summary>
/// Reads one input whole, up to a size limit: a file, "-" for stdin, or a stream named as a file (a pipe, a FIFO,
/// <c>/dev/stdin</c>, a shell's <c>&lt;(command)</c>), which is read until it ends or passes the limit.
/// </summary>
internal static class InputFile
{
    public const string Stdin = "-";

    /// <summary>The most one input can be: it is held in one array.</summary>
    public static long Largest => Array.MaxLength - 1;

    /// <summary>Reads the whole input, or fails with the reason alone (the caller names the file).</summary>
    /// <exception cref="ReportReadException">The input cannot be read.</exception>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        if (path == Stdin)
        {
            using var stdin = Console.OpenStandardInput();
            return ReadStream(stdin, maxBytes);
        }
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Directory)
            throw new ReportReadException("is a directory");
        if (kind == FileKind.Missing)
            throw new ReportReadException("no such file");
        try
        {
            // A character device seeks (and says it is empty), so the kind decides, not CanSeek alone.
            if (kind is not (FileKind.Regular or FileKind.Unknown))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                return ReadStream(stream, maxBytes);
            }
            return ReadRegular(path, maxBytes);
        }
        catch (UnauthorizedAccessException)
        {
            throw new ReportReadException("permission denied");
        }
        catch (IOException e)
        {
            throw new ReportReadException($"cannot be read ({e.Message})");
        }
    }

    /// <summary>
    /// A file with a length, read by its handle into an array of that length. A batch reads thousands, each once, whole,
    /// from the start: a <see cref="FileStream"/> would add its own state and a read-ahead advice call to every one.
    /// </summary>
    private static byte[] ReadRegular(string path, long maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
            throw TooLarge(length, maxBytes);
        if (length > Largest)
            throw new ReportReadException($"larger than {ByteSize.Format(Largest)}, the most one input can be");
        var bytes = new byte[length];
        for (int read = 0; read < bytes.Length;)
        {
            int count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (count == 0)
                throw new EndOfStreamException(); // shortened since its length was read, as FileStream.ReadExactly says
            read += count;
        }
        return bytes;
    }

    /// <summary>A stream has no length to check first: it is read up to one byte past the limit, and no further.</summary>
    private static byte[] ReadStream(Stream stream, long maxBytes)
    {
        if (BoundedRead.All(stream, maxBytes) is { } bytes)
            return bytes;
        throw maxBytes > Largest
            ? new ReportReadException($"larger than {ByteSize.Format(Largest)}, the most one input can be")
            : new ReportReadException($"larger than the limit of {ByteSize.Format(maxBytes)} (--max-bytes)");
    }

    private static ReportReadException TooLarge(long size, long maxBytes)
    {
        // Sizes are rounded for reading at a glance; where both round alike, the bytes tell them apart.
        string given = Sizes.Format(size), limit = Sizes.Format(maxBytes);
        if (given == limit)
            (given, limit) = ($"{size:N0} bytes", $"{maxBytes:N0} bytes");
        return new($"too large ({given}; the limit is {limit}, see --max-bytes)");
    }
}
