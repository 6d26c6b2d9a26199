using System.Globalization;
using Spotlight.Cli.Files;

namespace Spotlight.Cli.Output;

/// <summary>The line a batch ends with on stderr: "converted 1,204 files, 3 failed, 41 MB in 0.8 s" (a timeline's adds "9,870 events" before the size).</summary>
internal static class Summary
{
    /// <param name="skipped">Inputs left alone under --skip-existing: named only when there are some.</param>
    /// <param name="events">The events a timeline wrote, or null for a run that writes none.</param>
    public static string Line(int converted, int failed, long bytes, TimeSpan elapsed, int skipped = 0, long? events = null)
    {
        var n = CultureInfo.InvariantCulture;
        string files = converted == 1 ? "file" : "files";
        string kept = skipped > 0 ? $", {skipped.ToString("N0", n)} skipped" : "";
        string written = events is { } count ? $", {count.ToString("N0", n)} event{(count == 1 ? "" : "s")}" : "";
        return $"converted {converted.ToString("N0", n)} {files}, {failed.ToString("N0", n)} failed{kept}{written}, "
            + $"{Sizes.Format(bytes)} in {elapsed.TotalSeconds.ToString("0.0", n)} s";
    }
}
