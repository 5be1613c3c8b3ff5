using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>Actors numbered as dense vertex indices: the narrowest view of a graph, enough to look actors up.</summary>
public interface IActorSet
{
    /// <summary>Number of actors; vertices are numbered from zero to one less than this, in ordinal id order.</summary>
    int ActorCount { get; }

    /// <summary>The actor at a vertex.</summary>
    StoredActor GetActor(int vertex);

    /// <summary>Finds the vertex of an actor id.</summary>
    bool TryGetVertex(ActorId id, out int vertex);
}
