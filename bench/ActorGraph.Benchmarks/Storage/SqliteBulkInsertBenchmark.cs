using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Storage;

/// <summary>Writes a synthetic graph of 100,000 actors and one million edges into a fresh SQLite file.</summary>
[MemoryDiagnoser]
public class SqliteBulkInsertBenchmark
{
    private StoredActor[] _actors = [];
    private List<RelationSummary> _relations = [];
    private string _folder = "";
    private SqliteGraphStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        var actors = SyntheticNews.Actors(100_000);
        _actors = [.. actors.Select(a => new StoredActor(a, [], 0))];
        _relations = SyntheticNews.Relations(1_000_000, actors);
    }

    [IterationSetup]
    public void OpenFreshStore()
    {
        _folder = Directory.CreateTempSubdirectory("actorgraph-bench-").FullName;
        _store = SqliteGraphStore.OpenAsync(Path.Combine(_folder, "graph.db")).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public Task BulkInsertMillionRelations() => _store!.BulkInsertAsync(_actors, _relations);
}
