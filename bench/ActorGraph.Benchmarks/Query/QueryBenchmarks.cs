using ActorGraph.Cli.Bench;
using ActorGraph.Cli.Generation;
using ActorGraph.Query;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Query;

/// <summary>
/// Path search and neighbourhood expansion on a generated graph (one actor per five relations, seed 1), over the same
/// seeded query mix as <c>actorgraph bench queries</c>; each operation is one query, averaged over <see cref="Pairs"/>.
/// </summary>
[InProcess]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int Pairs = 200;

    private ActorGraphSnapshot graph = null!;
    private QueryBenchRunner runner = null!;
    private Dictionary<QueryKind, BenchQuery[]> queries = [];

    [Params(100_000, 1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticGraphGenerator(new GeneratorOptions(Relations / 5, Relations, 1));
        graph = ActorGraphSnapshot.Build(generator.Actors, generator.Relations());
        runner = new QueryBenchRunner(graph);
        var pairs = QueryBenchPlan.DrawPairs(graph, Pairs, 1);
        queries = QueryBenchPlan.Queries(graph, pairs, QueryBenchPlan.DrawBusyActors(graph, Pairs, 1), 1)
            .GroupBy(q => q.Kind)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int ShortestPath() => Run(QueryKind.ShortestPath);

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int KShortestPaths() => Run(QueryKind.KShortestPaths);

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int Neighbourhood() => Run(QueryKind.Neighbourhood);

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int BusyNeighbourhood() => Run(QueryKind.BusyNeighbourhood);

    private int Run(QueryKind kind)
    {
        var found = 0;
        foreach (var query in queries[kind])
        {
            found += runner.Run(query).Found ? 1 : 0;
        }

        return found;
    }
}
