using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Storage;

/// <summary>End-to-end ingest into a fresh SQLite file: 2,000 articles of 10 events, in batches.</summary>
[MemoryDiagnoser]
public class SqliteIngestBenchmark
{
    private const int ArticleCount = 2_000;
    private List<ExtractedArticle> _articles = [];
    private string _folder = "";
    private SqliteGraphStore? _store;

    [Params(100)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = SyntheticNews.Articles(ArticleCount, 10, SyntheticNews.Actors(500));

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

    /// <summary>Divide 2,000 by the mean to get articles per second.</summary>
    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public async Task IngestArticles()
    {
        foreach (var batch in _articles.Chunk(BatchSize))
        {
            await _store!.IngestAsync(batch);
        }
    }
}
