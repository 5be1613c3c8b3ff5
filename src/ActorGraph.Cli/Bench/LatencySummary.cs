namespace ActorGraph.Cli.Bench;

/// <summary>Latency percentiles of one kind of operation, in milliseconds.</summary>
/// <param name="Kind">What was timed.</param>
/// <param name="Count">How many were timed.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="Max">Slowest.</param>
public sealed record LatencySummary(string Kind, int Count, double P50, double P95, double P99, double Mean, double Max)
{
    /// <summary>Summarises timings given in milliseconds (nearest-rank percentiles).</summary>
    public static LatencySummary Of(string kind, IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(kind, 0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(
            kind, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Average(), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile of sorted values: the smallest value at or above p percent of them.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count, nameof(sorted));
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
