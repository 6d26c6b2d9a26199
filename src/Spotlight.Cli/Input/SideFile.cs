using System.Text;
using Spotlight.Cli.Files;

namespace Spotlight.Cli.Input;

/// <summary>
/// Reads the files that steer a run rather than feed it (<c>--outlets</c>, <c>--config</c>, a <c>.spotlight.yml</c>
/// found beside the inputs, an <c>@LIST</c>): regular files only, and never more than a limit, so that a device,
/// a FIFO with no writer or a file of gigabytes named by mistake is refused instead of read forever.
/// </summary>
internal static class SideFile
{
    /// <summary>The limit for the YAML files: many times the largest real one.</summary>
    public const long MaxYamlBytes = 1L << 20;

    /// <summary>The text of a side file, as <see cref="File.ReadAllText(string)"/> would decode it.</summary>
    /// <exception cref="SideFileException">The reason alone; the caller names the file.</exception>
    public static string ReadText(string path, long limit)
    {
        byte[] bytes = ReadBytes(path, limit);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(string path, long limit)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
            throw new SideFileException("no such file");
        if (kind is not (FileKind.Regular or FileKind.Unknown))
            throw new SideFileException($"is {FileKinds.Describe(kind)}, not a regular file");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (!stream.CanSeek)
                throw new SideFileException("is not a regular file");
            return BoundedRead.All(stream, limit) ?? throw new SideFileException($"larger than the limit of {ByteSize.Format(limit)} for this file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new SideFileException("permission denied");
        }
        catch (IOException e)
        {
            throw new SideFileException($"cannot be read ({e.Message})");
        }
    }
}

/// <summary>Why a side file cannot be used: the reason alone, as "is a FIFO, not a regular file".</summary>
internal sealed class SideFileException(string reason) : Exception(reason);

/// <summary>Reads a stream whole, but never more than a limit, whatever the stream says its length is.</summary>
internal static class BoundedRead
{
    /// <summary>The bytes, or null when the stream holds more than <paramref name="limit"/> (at most limit + 1 bytes are read).</summary>
    public static byte[]? All(Stream stream, long limit)
    {
        limit = Math.Min(limit, Array.MaxLength - 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[(int)Math.Min(81920, limit + 1)];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - total))) > 0)
        {
            buffer.Write(chunk, 0, read);
            total += read;
            if (total > limit)
                return null;
        }
        return buffer.ToArray();
    }
}
