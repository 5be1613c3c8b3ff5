using ActorGraph.Query;
using ActorGraph.Storage.Sqlite;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Storage;

/// <summary>Reads every edge of a synthetic store of one million edges: streamed one by one, and loaded into a snapshot.</summary>
[MemoryDiagnoser]
public class SqliteReadRelationsBenchmark
{
    private string _folder = "";
    private SqliteGraphStore? _store;

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Directory.CreateTempSubdirectory("actorgraph-bench-").FullName;
        _store = await SqliteGraphStore.OpenAsync(Path.Combine(_folder, "graph.db"));
        var actors = SyntheticNews.Actors(100_000);
        await _store.BulkInsertAsync([.. actors.Select(a => new Core.Storage.StoredActor(a, [], 0))], SyntheticNews.Relations(1_000_000, actors));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _store!.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<long> ReadMillionRelations()
    {
        long events = 0;
        await foreach (var relation in _store!.ReadRelationsAsync())
        {
            events += relation.EventCount;
        }

        return events;
    }

    /// <summary>The integer-keyed bulk path every query command takes, in a warm process.</summary>
    [Benchmark]
    public async Task<int> LoadMillionRelationSnapshot()
    {
        var snapshot = await ActorGraphSnapshot.LoadAsync(_store!);
        return snapshot.RelationCount;
    }
}
