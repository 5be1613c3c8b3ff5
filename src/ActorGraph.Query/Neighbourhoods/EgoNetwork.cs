using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Neighbourhoods;

/// <summary>An actor in an ego network with its hop distance from the centre.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Distance">Hops from the centre; zero for the centre itself.</param>
public sealed record EgoNode(Actor Actor, int Distance);

/// <summary>The actors within some hops of a centre, and every passing edge among them.</summary>
/// <param name="Center">The centre actor.</param>
/// <param name="Depth">The hop limit the network was built with.</param>
/// <param name="Nodes">The actors, by distance then id; the centre first.</param>
/// <param name="Relations">Every edge that passed the filter with both ends among the nodes, in (source, target, type) order.</param>
public sealed record EgoNetwork(Actor Center, int Depth, IReadOnlyList<EgoNode> Nodes, IReadOnlyList<RelationSummary> Relations)
{
    /// <summary>The network as a subgraph for export.</summary>
    public ActorSubgraph ToSubgraph() => new([.. Nodes.Select(n => n.Actor)], Relations);
}
