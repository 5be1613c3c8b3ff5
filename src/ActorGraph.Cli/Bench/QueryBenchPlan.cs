using ActorGraph.Cli.Generation;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Query;

namespace ActorGraph.Cli.Bench;

/// <summary>
/// The fixed, seeded query mix: pairs of distinct actors drawn uniformly from those with at least one edge, and for
/// each pair one query of every kind, run in a shuffled order so no kind always follows another.
/// </summary>
public static class QueryBenchPlan
{
    private const ulong PairStream = 10;
    private const ulong FilterStream = 11;
    private const ulong OrderStream = 12;
    private const ulong BusyStream = 13;

    /// <summary>Draws pairs of distinct actors with degree at least one; the same graph and seed give the same pairs.</summary>
    public static IReadOnlyList<(ActorId From, ActorId To)> DrawPairs(IRelationIncidenceGraph graph, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var connected = new List<int>();
        for (var v = 0; v < graph.ActorCount; v++)
        {
            if (graph.OutEdges(v).Length + graph.InEdges(v).Length > 0)
            {
                connected.Add(v);
            }
        }

        if (connected.Count < 2)
        {
            throw new InvalidOperationException("The graph needs at least two actors with edges to draw pairs from.");
        }

        var random = SeededRandom.ForStream(seed, PairStream);
        var pairs = new List<(ActorId, ActorId)>(count);
        while (pairs.Count < count)
        {
            var from = connected[random.NextInt(connected.Count)];
            var to = connected[random.NextInt(connected.Count)];
            if (from != to)
            {
                pairs.Add((graph.GetActor(from).Actor.Id, graph.GetActor(to).Actor.Id));
            }
        }

        return pairs;
    }

    /// <summary>Draws actors in proportion to their degree: an end, either one, of a uniformly drawn edge.</summary>
    public static IReadOnlyList<ActorId> DrawBusyActors(IRelationSet graph, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (graph.RelationCount == 0)
        {
            throw new InvalidOperationException("The graph has no edges to draw busy actors from.");
        }

        var random = SeededRandom.ForStream(seed, BusyStream);
        var actors = new List<ActorId>(count);
        for (var i = 0; i < count; i++)
        {
            var edge = random.NextInt(graph.RelationCount);
            var vertex = random.NextInt(2) == 0 ? graph.SourceOf(edge) : graph.TargetOf(edge);
            actors.Add(graph.GetActor(vertex).Actor.Id);
        }

        return actors;
    }

    /// <summary>
    /// One query of each kind per pair, shuffled; the busy neighbourhood of pair i is centred on busy actor i. A neighbourhood keeps one PLOVER type (drawn with the shares of
    /// <see cref="PloverMix"/>) in a two-year window ending at most a year before the graph's latest event.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Queries(
        IRelationSet graph, IReadOnlyList<(ActorId From, ActorId To)> pairs, IReadOnlyList<ActorId> busy, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentOutOfRangeException.ThrowIfNotEqual(busy.Count, pairs.Count, nameof(busy));
        var types = PloverMix.CreateSampler();
        var filters = SeededRandom.ForStream(seed, FilterStream);
        var lastYear = (graph.LatestDate ?? new DateOnly(2025, 12, 31)).Year;
        var queries = new List<BenchQuery>(pairs.Count * 5);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (from, to) = pairs[i];
            var year = lastYear - 1 - filters.NextInt(9);
            var filter = new RelationFilter
            {
                Types = [Plover.Types[types.Next(filters)]],
                Since = new DateOnly(year, 1, 1),
                Until = new DateOnly(year + 1, 12, 31),
            };
            queries.Add(new BenchQuery(QueryKind.ShortestPath, from, to));
            queries.Add(new BenchQuery(QueryKind.KShortestPaths, from, to));
            queries.Add(new BenchQuery(QueryKind.Neighbourhood, from, to, filter));
            queries.Add(new BenchQuery(QueryKind.BusyNeighbourhood, busy[i], to, filter));
            queries.Add(new BenchQuery(QueryKind.Alignment, from, to));
        }

        // Fisher–Yates with the bench's own generator.
        var order = SeededRandom.ForStream(seed, OrderStream);
        for (var i = queries.Count - 1; i > 0; i--)
        {
            var j = order.NextInt(i + 1);
            (queries[i], queries[j]) = (queries[j], queries[i]);
        }

        return queries;
    }
}
