using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Query.Search;

namespace ActorGraph.Query.Neighbourhoods;

/// <summary>Neighbourhood queries over any graph that can list incident edges.</summary>
public static class ActorNeighbourhoods
{
    private static readonly RelationFilter Meetings = new() { Types = [PloverType.Consult], Modalities = [Modality.Asserted] };

    /// <summary>
    /// The ego network: actors within <paramref name="depth"/> hops over passing edges (out-edges only when the filter
    /// is directed; symmetric types always both ways), and every passing edge among them.
    /// </summary>
    public static EgoNetwork Neighbourhood(this IRelationIncidenceGraph graph, ActorId actor, int depth = 1, RelationFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        filter ??= RelationFilter.Default;
        var compiled = new EdgeFilter(filter);
        var center = graph.VertexOf(actor);
        var scratch = SearchScratch.Rent(graph.ActorCount);
        var stamp = scratch.NextStamp();
        var mark = scratch.MarkForward;
        var distance = scratch.DepthForward;
        var traversal = NeighbourCursor.For(compiled.Directed, forward: true);

        mark[center] = stamp;
        distance[center] = 0;
        var reached = new List<int> { center };
        var front = new List<int> { center };
        var next = new List<int>();
        for (var d = 1; d <= depth && front.Count > 0; d++)
        {
            next.Clear();
            foreach (var u in front)
            {
                var cursor = new NeighbourCursor(graph, u, traversal);
                while (cursor.MoveNext(out var w, out var edge))
                {
                    if (mark[w] != stamp && compiled.Passes(graph, edge))
                    {
                        mark[w] = stamp;
                        distance[w] = d;
                        next.Add(w);
                    }
                }
            }

            reached.AddRange(next);
            (front, next) = (next, front);
        }

        reached.Sort((a, b) => distance[a] != distance[b] ? distance[a].CompareTo(distance[b]) : a.CompareTo(b));
        var nodes = reached.Select(v => new EgoNode(graph.ActorAt(v), distance[v])).ToArray();

        // Out-lists are sorted by target, and nodes are visited in vertex order, so edges come out in (source, target, type) order.
        var members = reached.ToArray();
        Array.Sort(members);
        var relations = new List<Core.Storage.RelationSummary>();
        foreach (var u in members)
        {
            foreach (var edge in graph.OutEdges(u))
            {
                if (mark[graph.TargetOf(edge)] == stamp && compiled.Passes(graph, edge))
                {
                    relations.Add(graph.GetRelation(edge));
                }
            }
        }

        return new EgoNetwork(graph.ActorAt(center), depth, nodes, relations);
    }

    /// <summary>
    /// Who the actor met (asserted CONSULT events, planned meetings left out) between two dates, read exactly from the
    /// timelines: most meetings first, then the most recent.
    /// </summary>
    public static IReadOnlyList<Meeting> WhoMet(this IRelationIncidenceGraph graph, ActorId actor, DateOnly? since = null, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var filter = new EdgeFilter(Meetings with { Since = since, Until = until });
        var vertex = graph.VertexOf(actor);
        var meetings = new List<Meeting>();
        var cursor = new NeighbourCursor(graph, vertex, Traversal.Both);
        while (cursor.MoveNext(out var other, out var edge))
        {
            if (other == vertex || !filter.AllowsType(graph.TypeOf(edge)))
            {
                continue;
            }

            var timeline = graph.TimelineOf(edge);
            var (start, end) = filter.Window(timeline);
            var dates = new List<DateOnly>();
            for (var i = start; i < end; i++)
            {
                if ((Modality)(timeline[i] & 3) == Modality.Asserted)
                {
                    dates.Add(DateOnly.FromDayNumber(timeline[i] >> 2));
                }
            }

            if (dates.Count > 0)
            {
                meetings.Add(new Meeting(graph.ActorAt(other), dates.Count, dates[0], dates[^1], dates));
            }
        }

        return [.. meetings.OrderByDescending(m => m.Count).ThenByDescending(m => m.Last).ThenBy(m => m.With.Id)];
    }

    /// <summary>
    /// Actors tied by passing edges to both of two actors (out-neighbours of both when the filter is directed),
    /// best evidenced first.
    /// </summary>
    public static IReadOnlyList<CommonNeighbour> CommonNeighbours(
        this IRelationIncidenceGraph graph, ActorId first, ActorId second, RelationFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var compiled = new EdgeFilter(filter ?? RelationFilter.Default);
        var a = graph.VertexOf(first);
        var b = graph.VertexOf(second);
        var ofA = Ties(graph, compiled, a);
        var ofB = Ties(graph, compiled, b);
        var common = new List<CommonNeighbour>();
        foreach (var (neighbour, edgesA) in ofA)
        {
            if (neighbour == a || neighbour == b || !ofB.TryGetValue(neighbour, out var edgesB))
            {
                continue;
            }

            var evidence = edgesA.Concat(edgesB).Sum(e => compiled.Count(graph.TimelineOf(e), out _));
            common.Add(new CommonNeighbour(
                graph.ActorAt(neighbour), [.. edgesA.Select(graph.GetRelation)], [.. edgesB.Select(graph.GetRelation)], evidence));
        }

        return [.. common.OrderByDescending(c => c.Evidence).ThenBy(c => c.Actor.Id)];
    }

    private static Dictionary<int, List<int>> Ties(IRelationIncidenceGraph graph, in EdgeFilter filter, int vertex)
    {
        var ties = new Dictionary<int, List<int>>();
        var cursor = new NeighbourCursor(graph, vertex, NeighbourCursor.For(filter.Directed, forward: true));
        while (cursor.MoveNext(out var other, out var edge))
        {
            if (!filter.Passes(graph, edge))
            {
                continue;
            }

            if (!ties.TryGetValue(other, out var edges))
            {
                ties[other] = edges = [];
            }

            edges.Add(edge);
        }

        return ties;
    }
}
