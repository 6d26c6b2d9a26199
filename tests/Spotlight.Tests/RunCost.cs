using System.Diagnostics;

namespace Spotlight.Tests;

/// <summary>
/// What one run of some code costs, for the growth tests: the processor time it took and what the process allocated
/// meanwhile (on every thread: a PDF is read on one of its own). Processor time, not the clock's: another program on
/// the machine delays a run but does not add to it. The garbage of the run before is collected first, so that no run
/// pays for another's.
/// </summary>
internal static class RunCost
{
    public static (double Milliseconds, long Bytes) Of(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        long before = GC.GetTotalAllocatedBytes(precise: true);
        run();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
