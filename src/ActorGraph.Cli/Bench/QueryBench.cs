using System.Diagnostics;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using ActorGraph.Query;

namespace ActorGraph.Cli.Bench;

/// <summary>Loads a store into a snapshot, timing it, then times a seeded mix of queries after a warm-up.</summary>
public static class QueryBench
{
    /// <summary>Pairs run before timing starts, drawn with a different seed so they do not warm the timed pairs' caches.</summary>
    public const int WarmUpPairs = 50;

    /// <summary>Runs the bench: load, warm up, time <paramref name="pairs"/> pairs of queries of every kind.</summary>
    public static async Task<(QueryBenchReport Report, IReadOnlyList<(ActorId From, ActorId To)> Pairs)> RunAsync(
        IGraphReader reader, int pairs, ulong seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pairs);
        var clock = Stopwatch.StartNew();
        var graph = await ActorGraphSnapshot.LoadAsync(reader, cancellationToken).ConfigureAwait(false);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var afterLoad = MemoryReading.Now();

        var runner = new QueryBenchRunner(graph);
        var warmUp = QueryBenchPlan.DrawPairs(graph, Math.Min(WarmUpPairs, pairs), ~seed);
        foreach (var query in QueryBenchPlan.Queries(graph, warmUp, QueryBenchPlan.DrawBusyActors(graph, warmUp.Count, ~seed), ~seed))
        {
            runner.Run(query);
        }

        var timedPairs = QueryBenchPlan.DrawPairs(graph, pairs, seed);
        var timings = Enum.GetValues<QueryKind>().ToDictionary(k => k, _ => new List<double>(pairs));
        var found = Enum.GetValues<QueryKind>().ToDictionary(k => k, _ => 0);
        var busy = QueryBenchPlan.DrawBusyActors(graph, pairs, seed);
        foreach (var query in QueryBenchPlan.Queries(graph, timedPairs, busy, seed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            var outcome = runner.Run(query);
            timings[query.Kind].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (outcome.Found)
            {
                found[query.Kind]++;
            }
        }

        var latencies = timings.OrderBy(p => p.Key).Select(p => LatencySummary.Of(Name(p.Key), p.Value)).ToArray();
        var report = new QueryBenchReport(
            graph.ActorCount, graph.RelationCount, loadSeconds, pairs, seed, latencies, found, afterLoad, MemoryReading.Now());
        GC.KeepAlive(graph);
        return (report, timedPairs);
    }

    /// <summary>The kind's name in reports: <c>shortest-path</c>, <c>k-shortest-paths</c>, <c>neighbourhood</c>, <c>alignment</c>.</summary>
    public static string Name(QueryKind kind) => kind switch
    {
        QueryKind.ShortestPath => "shortest-path",
        QueryKind.KShortestPaths => "k-shortest-paths",
        QueryKind.Neighbourhood => "neighbourhood",
        QueryKind.BusyNeighbourhood => "busy-neighbourhood",
        _ => "alignment",
    };
}
