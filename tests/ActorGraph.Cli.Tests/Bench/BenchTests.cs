using ActorGraph.Cli.Bench;
using ActorGraph.Cli.Tests.Generation;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Query.Alignment;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Paths;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Tests.Bench;

public sealed class BenchTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private ActorGraphSnapshot graph = null!;
    private List<RelationSummary> relations = [];
    private IReadOnlyList<BenchQuery> queries = [];

    public async Task InitializeAsync()
    {
        await CliRunner.GenerateAsync(folder.File("g.db"), actors: 400, relations: 5000, seed: 11);
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"));
        graph = await ActorGraphSnapshot.LoadAsync(store);
        relations = [.. graph.Relations];
        var pairs = QueryBenchPlan.DrawPairs(graph, 60, seed: 3);
        queries = QueryBenchPlan.Queries(graph, pairs, QueryBenchPlan.DrawBusyActors(graph, 60, seed: 3), seed: 3);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Shortest_path_lengths_are_the_breadth_first_distances()
    {
        var naive = new NaiveGraph(relations);
        var runner = new QueryBenchRunner(graph);
        var checkedPaths = 0;
        foreach (var q in queries.Where(q => q.Kind == QueryKind.ShortestPath))
        {
            var distance = naive.Distance(q.From, q.To, RelationFilter.Default);
            Assert.Equal(distance is { } d ? [d] : [], runner.Run(q).PathLengths);
            checkedPaths += distance is null ? 0 : 1;
        }

        Assert.True(checkedPaths > 30, $"only {checkedPaths} pairs were connected");
    }

    [Fact]
    public void K_shortest_paths_are_the_librarys_three_shortest()
    {
        var naive = new NaiveGraph(relations);
        var runner = new QueryBenchRunner(graph);
        foreach (var q in queries.Where(q => q.Kind == QueryKind.KShortestPaths))
        {
            var lengths = runner.Run(q).PathLengths;
            Assert.Equal(graph.KShortestPaths(q.From, q.To, 3).Select(p => p.Length), lengths);
            Assert.InRange(lengths.Count, 0, 3);
            Assert.Equal(lengths.Order(), lengths);
            if (naive.Distance(q.From, q.To, RelationFilter.Default) is { } d && d <= ActorPaths.DefaultMaxHops)
            {
                Assert.Equal(d, lengths[0]);
            }
        }
    }

    [Fact]
    public void Neighbourhoods_hold_the_actors_within_two_hops_over_the_filtered_edges()
    {
        var naive = new NaiveGraph(relations);
        var runner = new QueryBenchRunner(graph);
        var nonTrivial = 0;
        foreach (var q in queries.Where(q => q.Kind is QueryKind.Neighbourhood or QueryKind.BusyNeighbourhood))
        {
            Assert.NotNull(q.Filter);
            Assert.Single(q.Filter.Types!);
            Assert.Equal(q.Filter.Since!.Value.AddYears(2).AddDays(-1), q.Filter.Until);
            var reach = naive.Reach(q.From, 2, q.Filter);
            var outcome = runner.Run(q);
            Assert.Equal(reach.Count, outcome.Nodes);
            Assert.Equal(naive.EdgesAmong(reach.Keys.ToHashSet(), q.Filter), outcome.Relations);
            Assert.Equal(graph.Neighbourhood(q.From, 2, q.Filter).Nodes.Count, outcome.Nodes);
            nonTrivial += outcome.Nodes > 2 ? 1 : 0;
        }

        Assert.True(nonTrivial > 10, $"only {nonTrivial} neighbourhoods reached beyond one neighbour");
    }

    [Fact]
    public void Alignment_scores_weigh_counted_events_between_the_pair()
    {
        var naive = new NaiveGraph(relations);
        var runner = new QueryBenchRunner(graph);
        foreach (var q in queries.Where(q => q.Kind == QueryKind.Alignment))
        {
            var (score, events) = naive.Alignment(q.From, q.To);
            var outcome = runner.Run(q);
            Assert.Equal(events, outcome.Events);
            Assert.Equal(score, outcome.Score, precision: 12);
            Assert.Equal(graph.Alignment(q.From, q.To).Score, outcome.Score);
        }
    }

    [Fact]
    public void Pairs_are_distinct_actors_with_edges_and_fixed_by_the_seed()
    {
        var pairs = QueryBenchPlan.DrawPairs(graph, 200, seed: 4);
        Assert.Equal(pairs, QueryBenchPlan.DrawPairs(graph, 200, seed: 4));
        Assert.NotEqual(pairs, QueryBenchPlan.DrawPairs(graph, 200, seed: 5));
        var connected = relations.SelectMany(r => new[] { r.Source, r.Target }).ToHashSet();
        Assert.All(pairs, p =>
        {
            Assert.NotEqual(p.From, p.To);
            Assert.Contains(p.From, connected);
            Assert.Contains(p.To, connected);
        });
    }

    [Fact]
    public void Every_kind_runs_once_per_pair_in_a_seeded_order()
    {
        Assert.Equal(60 * Enum.GetValues<QueryKind>().Length, queries.Count);
        Assert.All(Enum.GetValues<QueryKind>(), kind => Assert.Equal(60, queries.Count(q => q.Kind == kind)));
        Assert.NotEqual(queries.Select(q => q.Kind), queries.Select(q => q.Kind).Order());
    }

    [Fact]
    public async Task The_bench_reports_every_kind_and_writes_its_pairs()
    {
        var pairsFile = folder.File("pairs.tsv");
        Assert.Equal(0, await CliRunner.RunAsync("bench", "queries", "--store", folder.File("g.db"), "--queries", "25", "--seed", "8", "--format", "json", "--pairs-out", pairsFile));
        var lines = await File.ReadAllLinesAsync(pairsFile);
        Assert.Equal(
            QueryBenchPlan.DrawPairs(graph, 25, seed: 8).Select(p => $"{p.From}\t{p.To}"),
            lines);

        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"));
        var (report, _) = await QueryBench.RunAsync(store, 25, seed: 8);
        Assert.Equal(Enum.GetValues<QueryKind>().Select(QueryBench.Name), report.Latencies.Select(l => l.Kind));
        Assert.All(report.Latencies, l => Assert.Equal(25, l.Count));
        Assert.Equal((400, 5000), (report.Actors, report.Relations));
        Assert.True(report.AtEnd.PeakWorkingSetBytes > 0);
        using var json = System.Text.Json.JsonDocument.Parse(QueryBenchOutput.Json(report));
        Assert.Equal(5, json.RootElement.GetProperty("queries").GetArrayLength());
    }

    [Fact]
    public async Task Benching_a_missing_store_fails_without_creating_it()
    {
        Assert.Equal(1, await CliRunner.RunAsync("bench", "queries", "--store", folder.File("missing.db")));
        Assert.False(File.Exists(folder.File("missing.db")));
    }
}
