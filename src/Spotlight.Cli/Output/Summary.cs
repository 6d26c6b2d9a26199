using System.Globalization;
using Spotlight.Cli.Files;

namespace Spotlight.Cli.Output;

/// <summary>The line a batch ends with on stderr: "converted 1,204 files, 3 failed, 41 MB in 0.8 s".</summary>
internal static class Summary
{
    public static string Line(int converted, int failed, long bytes, TimeSpan elapsed)
    {
        var n = CultureInfo.InvariantCulture;
        string files = converted == 1 ? "file" : "files";
        return $"converted {converted.ToString("N0", n)} {files}, {failed.ToString("N0", n)} failed, "
            + $"{Sizes.Format(bytes)} in {elapsed.TotalSeconds.ToString("0.0", n)} s";
    }
}
