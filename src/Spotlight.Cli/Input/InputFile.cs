using Spotlight.Reading;

namespace Spotlight.Cli.Input;

/// <summary>One input named on the command line: a file path, or "-" for stdin.</summary>
internal static class InputFile
{
    public const string Stdin = "-";

    /// <summary>Reads the whole input, or fails with the reason alone (the caller names the file).</summary>
    /// <exception cref="ReportReadException">The input cannot be read.</exception>
    public static byte[] ReadAll(string path)
    {
        if (path == Stdin)
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return buffer.ToArray();
        }
        if (Directory.Exists(path))
            throw new ReportReadException("is a directory");
        if (!File.Exists(path))
            throw new ReportReadException("no such file");
        try
        {
            return File.ReadAllBytes(path);
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
}
