using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using QuikGraph;

namespace ActorGraph.Query;

/// <summary>Hands subgraphs to QuikGraph, so any of its algorithms can run on a neighbourhood or a filtered graph.</summary>
public static class QuikGraphExtensions
{
    /// <summary>
    /// The subgraph as a QuikGraph bidirectional multigraph: one vertex per actor id and one tagged edge per summary edge,
    /// source to target as stored (symmetric types appear once, smaller id first).
    /// </summary>
    public static BidirectionalGraph<ActorId, TaggedEdge<ActorId, RelationSummary>> ToBidirectionalGraph(this ActorSubgraph subgraph)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var graph = new BidirectionalGraph<ActorId, TaggedEdge<ActorId, RelationSummary>>(
            allowParallelEdges: true, vertexCapacity: subgraph.Actors.Count, edgeCapacity: subgraph.Relations.Count);
        graph.AddVertexRange(subgraph.Actors.Select(a => a.Id));
        foreach (var relation in subgraph.Relations)
        {
            graph.AddEdge(new TaggedEdge<ActorId, RelationSummary>(relation.Source, relation.Target, relation));
        }

        return graph;
    }
}
