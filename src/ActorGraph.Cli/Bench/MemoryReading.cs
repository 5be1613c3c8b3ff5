using System.Diagnostics;

namespace ActorGraph.Cli.Bench;

/// <summary>What the process holds: its peak resident memory so far and the managed heap now.</summary>
/// <param name="PeakWorkingSetBytes">The most physical memory the process has held (the peak working set: VmHWM on Linux).</param>
/// <param name="ManagedHeapBytes">Bytes in use on the managed heap after a full collection.</param>
/// <param name="GcPauseMilliseconds">Total time the GC has paused the process so far.</param>
public sealed record MemoryReading(long PeakWorkingSetBytes, long ManagedHeapBytes, double GcPauseMilliseconds)
{
    /// <summary>Reads the figures now; forces a full collection to measure what is live.</summary>
    public static MemoryReading Now()
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryReading(process.PeakWorkingSet64, live, GC.GetTotalPauseDuration().TotalMilliseconds);
    }

    /// <summary>Bytes as mebibytes.</summary>
    public static double Mib(long bytes) => bytes / (1024.0 * 1024.0);
}
