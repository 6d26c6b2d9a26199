using System.Diagnostics;
using Spotlight.Reading;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// The shapes of <see cref="TextShapes"/> (the layouts the layout pass decides, and the shapes found to be quadratic
/// before): at four times the size each allocates at most five times the memory, and takes at most ten times as
/// long (best of five runs; a quadratic path takes sixteen), so a path whose cost grows with the square of the
/// input fails here. Allocations are counted exactly; time is the machine's, so its bound is the generous one.
/// </summary>
public sealed class GrowthTests
{
    public static IEnumerable<TestCaseData> Shapes() => TextShapes.All.Select(shape => new TestCaseData(shape).SetArgDisplayNames(shape.Name));

    [TestCaseSource(nameof(Shapes))]
    public void Four_times_the_input_costs_at_most_five_times_as_much(PathologicalInput shape)
    {
        // 50,000 lines of the shortest shape.
        const int size = 100_000;
        Check(shape.Name, shape.Make(size), shape.Make(size * 4), ReportReaders.ForName(shape.Reader));
    }

    private static void Check(string shape, byte[] small, byte[] large, IReportReader reader)
    {
        var (smallTime, smallBytes) = Measure(small, reader);
        var (largeTime, largeBytes) = Measure(large, reader);
        Assert.Multiple(() =>
        {
            Assert.That(largeBytes, Is.LessThanOrEqualTo(5 * smallBytes), $"{shape}: {smallBytes:N0} bytes allocated at 1×, {largeBytes:N0} at 4×");
            // A floor of 20 ms keeps timer noise on tiny runs from passing for growth.
            Assert.That(largeTime, Is.LessThanOrEqualTo(10 * Math.Max(smallTime, 20)), $"{shape}: {smallTime:F0} ms at 1×, {largeTime:F0} ms at 4×");
        });
    }

    /// <summary>The best time of five parses, and what one parse allocates.</summary>
    private static (double Milliseconds, long Bytes) Measure(byte[] bytes, IReportReader reader)
    {
        double best = double.MaxValue;
        long allocated = 0;
        for (int run = 0; run < 5; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            ReportPipeline.Parse(bytes, "growth", reader);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return (best, allocated);
    }
}
