using ActorGraph.Cli.Generation;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Query;

/// <summary>Building a snapshot from summaries already in memory: the in-process half of loading a store.</summary>
[InProcess]
[MemoryDiagnoser]
public class SnapshotBuildBenchmarks
{
    private StoredActor[] actors = [];
    private RelationSummary[] relations = [];

    [Params(1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticGraphGenerator(new GeneratorOptions(Relations / 5, Relations, 1));
        actors = [.. generator.Actors];
        relations = [.. generator.Relations()];
    }

    [Benchmark]
    public int Build() => ActorGraphSnapshot.Build(actors, relations).RelationCount;
}
