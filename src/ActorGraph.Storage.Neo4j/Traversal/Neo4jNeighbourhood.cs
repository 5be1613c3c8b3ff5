using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j.Traversal;

/// <summary>The actors within some hops of a centre and the edges crossed to reach them (a Neo4j-only extra, computed in Cypher).</summary>
/// <param name="Centre">The actor the search started from.</param>
/// <param name="Actors">Every actor reached, the centre first at distance 0, then by distance and id.</param>
/// <param name="Edges">Every summary edge followed from an actor nearer than the depth, once each.</param>
public sealed record Neo4jNeighbourhood(ActorId Centre, IReadOnlyList<Neo4jNeighbour> Actors, IReadOnlyList<RelationSummary> Edges);

/// <summary>An actor in a neighbourhood and its distance from the centre in hops.</summary>
/// <param name="Id">The actor.</param>
/// <param name="Distance">The fewest hops from the centre.</param>
public sealed record Neo4jNeighbour(ActorId Id, int Distance);

/// <summary>A shortest path between two actors (a Neo4j-only extra, found by Cypher's <c>shortestPath</c>).</summary>
/// <param name="Actors">The actors along the path, from the start to the end.</param>
/// <param name="Edges">The summary edges along the path, in order; each may point either way.</param>
public sealed record Neo4jPath(IReadOnlyList<ActorId> Actors, IReadOnlyList<RelationSummary> Edges)
{
    /// <summary>The number of edges.</summary>
    public int Hops => Edges.Count;
}
