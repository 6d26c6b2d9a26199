using System.Diagnostics;
using Spotlight.Reading;
using Spotlight.Tests.Pathological;
using Spotlight.Writing;

namespace Spotlight.Benchmarks;

/// <summary>
/// <c>pathological [--runs N]</c>: times every hostile input of the tests at 1 MB and at 10 MB, read,
/// parsed and written as JSON, and prints the ratio of the two times: about 10 is linear, 100 quadratic.
/// </summary>
public static class PathologicalCommand
{
    public static int Run(string[] args)
    {
        int runs = args.Length == 2 && args[0] == "--runs" ? int.Parse(args[1]) : 5;
        Console.WriteLine($"{"input",-28} {"1 MB (ms)",10} {"10 MB (ms)",11} {"ratio",6}");
        foreach (var input in PathologicalInputs.All)
        {
            var reader = ReportReaders.ForName(input.Reader);
            Time(reader, input.Make(64 * 1024), 1); // warm-up: the JIT, the tables
            double small = Time(reader, input.Make(PathologicalInputs.MiB), runs);
            double large = Time(reader, input.Make(10 * PathologicalInputs.MiB), runs);
            Console.WriteLine($"{input.Name,-28} {small,10:F0} {large,11:F0} {large / small,6:F1}");
        }
        return 0;
    }

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
                var document = ReportPipeline.Parse(bytes, "pathological", reader);
                new JsonReportWriter().Write(document, Stream.Null);
            }
            catch (ReportReadException)
            {
            }
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
