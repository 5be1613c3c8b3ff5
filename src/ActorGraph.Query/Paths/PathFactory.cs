using ActorGraph.Core.Actors;
using ActorGraph.Query.Search;

namespace ActorGraph.Query.Paths;

/// <summary>Turns a vertex sequence into an <see cref="ActorPath"/> with each hop's passing edges and weight.</summary>
internal sealed class PathFactory(IRelationIncidenceGraph graph, RelationFilter filter, PathWeighting weighting)
{
    private readonly EdgeFilter compiled = new(filter);
    private readonly Traversal traversal = NeighbourCursor.For(filter.Directed, forward: true);
    private readonly int reference = EvidenceWeight.ReferenceDay(graph, new EdgeFilter(filter));

    public EdgeFilter Compiled => compiled;

    /// <summary>The length of one step: one hop, or the cheapest passing edge's evidence weight.</summary>
    public double StepWeight(int from, int to)
    {
        if (weighting == PathWeighting.Hops)
        {
            return 1;
        }

        var best = double.PositiveInfinity;
        foreach (var edge in Incidence.Between(graph, compiled, from, to, traversal))
        {
            best = Math.Min(best, EvidenceWeight.Of(graph, compiled, edge, reference));
        }

        return best;
    }

    /// <summary>The summed step weights of a vertex sequence's first <paramref name="steps"/> steps.</summary>
    public double Cost(IReadOnlyList<int> vertices, int steps)
    {
        var cost = 0.0;
        for (var i = 0; i < steps; i++)
        {
            cost += StepWeight(vertices[i], vertices[i + 1]);
        }

        return cost;
    }

    public ActorPath Create(IReadOnlyList<int> vertices)
    {
        var actors = new Actor[vertices.Count];
        for (var i = 0; i < vertices.Count; i++)
        {
            actors[i] = graph.ActorAt(vertices[i]);
        }

        var hops = new ActorHop[vertices.Count - 1];
        var cost = 0.0;
        for (var i = 0; i < hops.Length; i++)
        {
            var edges = Incidence.Between(graph, compiled, vertices[i], vertices[i + 1], traversal);
            var relations = edges.Select(graph.GetRelation).ToArray();
            var weight = StepWeight(vertices[i], vertices[i + 1]);
            hops[i] = new ActorHop(actors[i], actors[i + 1], relations, weight, filter);
            cost += weight;
        }

        return new ActorPath(actors, hops, cost);
    }
}
