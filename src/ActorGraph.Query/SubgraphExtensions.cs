using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Search;

namespace ActorGraph.Query;

/// <summary>Cuts subgraphs out of a graph for export.</summary>
public static class SubgraphExtensions
{
    /// <summary>
    /// The whole graph: with no filter every actor and every edge; with a filter, the edges that pass it and the actors
    /// they touch. Exported counts and dates are each edge's totals; the filter only decides which edges are in.
    /// </summary>
    public static ActorSubgraph ToSubgraph(this IRelationSet graph, RelationFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (filter is null)
        {
            var everyone = new Actor[graph.ActorCount];
            for (var v = 0; v < everyone.Length; v++)
            {
                everyone[v] = graph.ActorAt(v);
            }

            return new ActorSubgraph(everyone, new EdgeList(graph, null));
        }

        var compiled = new EdgeFilter(filter);
        var edges = new List<int>();
        var touched = new bool[graph.ActorCount];
        for (var e = 0; e < graph.RelationCount; e++)
        {
            if (compiled.Passes(graph, e))
            {
                edges.Add(e);
                touched[graph.SourceOf(e)] = true;
                touched[graph.TargetOf(e)] = true;
            }
        }

        var actors = new List<Actor>();
        for (var v = 0; v < touched.Length; v++)
        {
            if (touched[v])
            {
                actors.Add(graph.ActorAt(v));
            }
        }

        return new ActorSubgraph(actors, new EdgeList(graph, edges));
    }

    /// <summary>The ego network around an actor as a subgraph: <see cref="ActorNeighbourhoods.Neighbourhood"/> without distances.</summary>
    public static ActorSubgraph Around(this IRelationIncidenceGraph graph, ActorId actor, int depth, RelationFilter? filter = null) =>
        graph.Neighbourhood(actor, depth, filter).ToSubgraph();

    /// <summary>Edges materialised as summaries only when read, so exporting a million edges holds no million objects.</summary>
    private sealed class EdgeList(IRelationSet graph, List<int>? edges) : IReadOnlyList<RelationSummary>
    {
        public int Count => edges?.Count ?? graph.RelationCount;

        public RelationSummary this[int index] => graph.GetRelation(edges is null ? index : edges[index]);

        public IEnumerator<RelationSummary> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
