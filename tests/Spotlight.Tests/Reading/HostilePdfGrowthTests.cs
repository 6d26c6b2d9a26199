using System.Diagnostics;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// A page of many Tj operators still inside the glyph budget: at four times the operators it allocates at most
/// five times the memory, in all well under the gigabytes the issue measured, and takes at most ten times as
/// long (best of two runs; the bound on time is the generous one, as in the other growth tests, since the
/// machine's load moves it). PdfPig reads on a thread of its own, so allocations are counted for the process.
/// </summary>
public sealed class HostilePdfGrowthTests
{
    private const int Words = 12_500;
    private static readonly PdfReportReader Reader = new();

    private static (double Seconds, long Allocated) Measure(byte[] bytes)
    {
        double best = double.MaxValue;
        long allocated = long.MaxValue;
        for (int run = 0; run < 2; run++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            Reader.Read(bytes);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            allocated = Math.Min(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
        }
        return (best, allocated);
    }

    [Test]
    public void Four_times_the_Tj_operators_cost_at_most_five_times_the_memory()
    {
        byte[] one = HostilePdfs.ManyTj(Words), four = HostilePdfs.ManyTj(4 * Words);
        Reader.Read(one); // warm up
        var small = Measure(one);
        var large = Measure(four);
        string measured = $"1×: {one.Length:N0} bytes, {small.Seconds:F2} s, {small.Allocated / 1e6:F0} MB allocated; "
            + $"4×: {four.Length:N0} bytes, {large.Seconds:F2} s, {large.Allocated / 1e6:F0} MB allocated";
        TestContext.Out.WriteLine(measured);
        Assert.Multiple(() =>
        {
            Assert.That(large.Allocated, Is.LessThanOrEqualTo(5 * small.Allocated), measured);
            Assert.That(large.Allocated, Is.LessThan(1L << 30), measured);
            Assert.That(large.Seconds, Is.LessThanOrEqualTo(10 * Math.Max(small.Seconds, 0.02)), measured);
        });
    }
}
