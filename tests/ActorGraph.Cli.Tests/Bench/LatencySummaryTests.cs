using ActorGraph.Cli.Bench;

namespace ActorGraph.Cli.Tests.Bench;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var summary = LatencySummary.Of("x", [.. Enumerable.Range(1, 100).Select(i => (double)i).Reverse()]);
        Assert.Equal((50, 95, 99, 100), (summary.P50, summary.P95, summary.P99, summary.Max));
        Assert.Equal(50.5, summary.Mean);
    }

    [Fact]
    public void One_timing_is_every_percentile()
    {
        var summary = LatencySummary.Of("x", [3.5]);
        Assert.Equal((3.5, 3.5, 3.5), (summary.P50, summary.P95, summary.P99));
    }

    [Fact]
    public void No_timings_summarise_to_zero()
    {
        Assert.Equal(0, LatencySummary.Of("x", []).Count);
    }
}
