using Spotlight.Parsing;
using System.Diagnostics;
using Spotlight.Reading;
using Spotlight.Tests.Pathological;
using Spotlight.Writing;

namespace Spotlight.Benchmarks;

/// <summary>
/// <c>pathological [--runs N] [--kib K] [--only NAME]</c>: every hostile input of the tests, and every text shape, read,
/// parsed and written as JSON at one size and at four times it (1 MiB and 4 MiB unless told). Each size runs in
/// a process of its own, so that its peak resident memory is its own. Prints the best time of each, their ratio
/// (about 4 is linear, 16 quadratic) and what one larger run added to the process's resident memory at its peak,
/// against the input's size (the runtime's own 30 MB or so, and the input's bytes, are not counted).
/// </summary>
public static class PathologicalCommand
{
    public static IReadOnlyList<PathologicalInput> Inputs { get; } = [.. PathologicalInputs.All, .. TextShapes.All];

    public static int Run(string[] args)
    {
        int runs = Option(args, "--runs", 5);
        int size = Option(args, "--kib", 1024) * 1024;
        string? only = Array.IndexOf(args, "--only") is int at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        Console.WriteLine($"{"input",-42} {"1× (ms)",8} {"4× (ms)",8} {"ratio",6} {"4× peak (MB)",13} {"peak / input",13}");
        foreach (var input in Inputs.Where(i => only is null || i.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var (small, _, _) = Child(input.Name, size, runs);
            var (large, peak, bytes) = Child(input.Name, 4 * size, runs);
            Console.WriteLine($"{input.Name,-42} {small,8:F0} {large,8:F0} {large / small,6:F1} {peak / 1024.0 / 1024,13:F0} {(double)peak / bytes,13:F1}");
        }
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
    }

    /// <summary>Runs <c>pathological-run</c> in a new process: the best time, the resident bytes one run added at its peak, the input's bytes.</summary>
    private static (double Milliseconds, long Peak, long Bytes) Child(string name, int size, int runs)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (!Environment.ProcessPath!.EndsWith("Spotlight.Benchmarks", StringComparison.Ordinal))
            start.ArgumentList.Add(typeof(PathologicalCommand).Assembly.Location);
        foreach (var arg in new[] { "pathological-run", name, size.ToString(), runs.ToString() })
            start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        string[] answer = child.StandardOutput.ReadToEnd().Split(' ');
        child.WaitForExit();
        return (double.Parse(answer[0]), long.Parse(answer[1]), long.Parse(answer[2]));
    }

    /// <summary><c>pathological-run NAME BYTES RUNS</c>: prints the best time in ms, the resident bytes one run added at its peak, and the input's bytes.</summary>
    public static int RunOne(string[] args)
    {
        var input = Inputs.Single(i => i.Name == args[0]);
        var reader = ReportReaders.ForName(input.Reader);
        byte[] bytes = input.Make(int.Parse(args[1]));
        Time(reader, input.Make(64 * 1024), 1); // warm-up: the JIT, the tables
        // The peak is that of one run from a clean heap: not of making the input, nor of the runs before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        ResetPeak();
        long before = ResidentBytes("VmRSS:");
        Time(reader, bytes, 1);
        long peak = ResidentBytes("VmHWM:") - before;
        double best = Time(reader, bytes, int.Parse(args[2]));
        Console.Write($"{best:F1} {peak} {bytes.Length}");
        return 0;
    }

    /// <summary>Starts the kernel's count of the peak anew (Linux: 5 written to clear_refs).</summary>
    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    /// <summary>What this process holds in memory now (VmRSS), or has held at most (VmHWM), as the kernel counts it.</summary>
    private static long ResidentBytes(string field)
    {
        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    private const int InPartsFrom = 1 << 20;

    /// <summary>The fastest of <paramref name="runs"/> runs, in milliseconds: the least disturbed by the rest of the machine.</summary>
    private static double Time(IReportReader reader, byte[] bytes, int runs)
    {
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            // Each run starts with a clean heap, so that one run's large strings are not collected on the next one's time.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            try
            {
                // As parse writes a report that is its own output: in parts over 1 MiB, from its tree below.
                if (bytes.Length > InPartsFrom)
                {
                    byte[] taken = bytes;
                    new JsonReportWriter().Write(ReportPipeline.StreamTaking(ref taken, "pathological", reader, ProfileChoice.BuiltIn), Stream.Null);
                }
                else
                    new JsonReportWriter().Write(ReportPipeline.Parse(bytes, "pathological", reader), Stream.Null);
            }
            catch (ReportReadException)
            {
            }
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
