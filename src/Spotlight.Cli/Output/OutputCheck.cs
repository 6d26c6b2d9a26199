using Spotlight.Cli.Input;

namespace Spotlight.Cli.Output;

/// <summary>
/// Refuses, before any input is read or output written, an output path that could not take the output or would
/// destroy an input. Each check gives the reason, or null when the path is fit.
/// </summary>
internal static class OutputCheck
{
    /// <summary>
    /// The one file of <c>-o FILE</c>. A hard link to an input is not caught (its identity is not visible from
    /// .NET), but it is harmless: the output is renamed over the link, and the input keeps its contents.
    /// </summary>
    public static string? OfFile(string path, IReadOnlyList<InputSpec> inputs)
    {
        if (Path.EndsInDirectorySeparator(path) || Directory.Exists(path))
            return "is a directory, not a file";
        string real = RealPath.Of(path);
        foreach (var input in inputs)
        {
            if (!input.IsStdin && RealPath.Of(input.Path) == real)
                return $"would replace the input {input.Path}";
        }
        return null;
    }

    /// <summary>The folder of <c>--output-dir</c>, which need not exist yet; it or a folder above it being a file would fail every output.</summary>
    public static string? OfDirectory(string path)
    {
        for (string? at = Path.TrimEndingDirectorySeparator(path); !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at))
                return at == Path.TrimEndingDirectorySeparator(path) ? "is a file, not a directory" : $"{at} is a file, not a directory";
            if (Directory.Exists(at))
                return null;
        }
        return null;
    }
}
