using ActorGraph.Core.Actors;
using ActorGraph.Query.Search;

namespace ActorGraph.Query.Paths;

/// <summary>Path queries over any graph that can list incident edges.</summary>
public static class ActorPaths
{
    /// <summary>The hop limit used when none is given to the multi-path queries.</summary>
    public const int DefaultMaxHops = 6;

    /// <summary>The cap on <see cref="AllPaths"/> results when none is given.</summary>
    public const int DefaultMaxResults = 100;

    /// <summary>
    /// A shortest path between two actors using only edges that pass the filter: fewest hops by bidirectional
    /// breadth-first search, or cheapest by Dijkstra under <see cref="PathWeighting.Evidence"/>; null when there is none.
    /// </summary>
    public static ActorPath? ShortestPath(
        this IRelationIncidenceGraph graph,
        ActorId from,
        ActorId to,
        RelationFilter? filter = null,
        PathWeighting weighting = PathWeighting.Hops,
        int maxHops = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        var factory = new PathFactory(graph, filter ?? RelationFilter.Default, weighting);
        var source = graph.VertexOf(from);
        var target = graph.VertexOf(to);
        var vertices = weighting == PathWeighting.Hops
            ? HopSearch.Shortest(graph, factory.Compiled, source, target, maxHops)
            : WeightedSearch.Shortest(graph, factory.Compiled, source, target, maxHops);
        return vertices is null ? null : factory.Create(vertices);
    }

    /// <summary>
    /// Up to k loopless paths in order of length (Yen's algorithm), none longer than the hop limit; equally long paths
    /// come in actor-id order step by step. Paths differing only in which parallel edge a hop uses are one path.
    /// </summary>
    public static IReadOnlyList<ActorPath> KShortestPaths(
        this IRelationIncidenceGraph graph,
        ActorId from,
        ActorId to,
        int k,
        RelationFilter? filter = null,
        int maxHops = DefaultMaxHops,
        PathWeighting weighting = PathWeighting.Hops)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        var factory = new PathFactory(graph, filter ?? RelationFilter.Default, weighting);
        var found = YenKShortestPaths.Find(graph, factory, weighting, graph.VertexOf(from), graph.VertexOf(to), k, maxHops);
        return [.. found.Select(factory.Create)];
    }

    /// <summary>
    /// Every loopless path of at most <paramref name="maxHops"/> hops, shortest first and in actor-id order within a
    /// length, stopping after <paramref name="maxResults"/> paths.
    /// </summary>
    public static IReadOnlyList<ActorPath> AllPaths(
        this IRelationIncidenceGraph graph,
        ActorId from,
        ActorId to,
        int maxHops,
        RelationFilter? filter = null,
        int maxResults = DefaultMaxResults)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfNegative(maxResults);
        var factory = new PathFactory(graph, filter ?? RelationFilter.Default, PathWeighting.Hops);
        var found = PathEnumerator.All(graph, factory.Compiled, graph.VertexOf(from), graph.VertexOf(to), maxHops, maxResults);
        return [.. found.Select(factory.Create)];
    }
}
