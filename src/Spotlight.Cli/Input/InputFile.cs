using Spotlight.Cli.Output;
using Spotlight.Reading;

namespace Spotlight.Cli.Input;

/// <summary>Reads one input whole: a file path, or "-" for stdin, up to a size limit.</summary>
internal static class InputFile
{
    public const string Stdin = "-";

    /// <summary>Reads the whole input, or fails with the reason alone (the caller names the file).</summary>
    /// <exception cref="ReportReadException">The input cannot be read.</exception>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        if (path == Stdin)
            return ReadStdin(maxBytes);
        if (Directory.Exists(path))
            throw new ReportReadException("is a directory");
        if (!File.Exists(path))
            throw new ReportReadException("no such file");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > maxBytes)
                throw TooLarge(stream.Length, maxBytes);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
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

    private static byte[] ReadStdin(long maxBytes)
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stdin.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                throw TooLarge(buffer.Length, maxBytes);
        }
        return buffer.ToArray();
    }

    private static ReportReadException TooLarge(long size, long maxBytes) =>
        new($"too large ({Sizes.Format(size)}; the limit is {Sizes.Format(maxBytes)}, see --max-bytes)");
}
