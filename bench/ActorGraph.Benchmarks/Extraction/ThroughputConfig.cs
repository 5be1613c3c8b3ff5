using BenchmarkDotNet.Configs;

namespace ActorGraph.Benchmarks.Extraction;

/// <summary>The default configuration plus an MB/s column.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
}
