using System.Diagnostics;
using System.Globalization;
using Spotlight.Cli.Files;

namespace Spotlight.Cli.Output;

/// <summary>
/// A one-line progress bar on stderr for long batches on a terminal: files done and failed, MB/s, ETA.
/// Redrawn at most ten times a second; cleared when the batch ends, or stops.
/// </summary>
internal sealed class Progress
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = -Interval;
    private bool _drawn;

    private Progress(TextWriter error, int total)
    {
        _error = error;
        _total = total;
    }

    /// <summary>A bar, or null where it has no place (see <see cref="ProgressDecision"/>).</summary>
    /// <param name="writesToStdout">The data goes to stdout, not to files named on the command line.</param>
    public static Progress? For(int total, bool quiet, bool noProgress, bool writesToStdout) =>
        ProgressDecision.Draws(total, quiet, noProgress, !Console.IsErrorRedirected, writesToStdout && !Console.IsOutputRedirected,
            Environment.GetEnvironmentVariable("TERM"), Environment.GetEnvironmentVariable("NO_COLOR"))
            ? new Progress(Console.Error, total)
            : null;

    public void Update(int done, int failed, long bytes)
    {
        var now = _clock.Elapsed;
        if (done < _total && now - _lastDrawn < Interval)
            return;
        _lastDrawn = now;
        _error.Write("\r" + Line(done, failed, bytes, _total, now) + "\x1b[K");
        _drawn = true;
    }

    public void Clear()
    {
        if (_drawn)
            _error.Write("\r\x1b[K");
    }

    /// <summary>"[#######.............]  120/1,204 files, 3 failed, 12.5 MB/s, ETA 4 s"</summary>
    public static string Line(int done, int failed, long bytes, int total, TimeSpan elapsed)
    {
        const int width = 20;
        int filled = total == 0 ? width : (int)((long)done * width / total);
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        string rate = Sizes.Format((long)(bytes / seconds)) + "/s";
        string eta = done == 0 ? "?" : Seconds(seconds * (total - done) / done);
        var n = CultureInfo.InvariantCulture;
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {done.ToString("N0", n)}/{total.ToString("N0", n)} files, "
            + $"{failed.ToString("N0", n)} failed, {rate}, ETA {eta}";
    }

    private static string Seconds(double seconds) =>
        seconds < 60 ? $"{Math.Ceiling(seconds).ToString("0", CultureInfo.InvariantCulture)} s"
                     : $"{(int)(seconds / 60)} min {((int)seconds % 60).ToString("00", CultureInfo.InvariantCulture)} s";
}
