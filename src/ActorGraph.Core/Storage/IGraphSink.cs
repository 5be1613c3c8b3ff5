using ActorGraph.Core.Actors;

namespace ActorGraph.Core.Storage;

/// <summary>Receives a graph from an <see cref="IBulkGraphReader"/>: actors under small integer keys, edges by those keys.</summary>
/// <remarks>
/// Keys are the store's own (row ids): non-negative and dense, so a sink may index arrays by them.
/// <see cref="AddActor"/> and <see cref="AddRelation"/> may run at the same time on two threads; neither overlaps itself.
/// </remarks>
public interface IGraphSink
{
    /// <summary>Says how much is coming, so columns can be sized once; either figure may be an estimate.</summary>
    void Reserve(long actorCount, long relationCount);

    /// <summary>One actor with the names it was seen under; its degree is the sink's to count.</summary>
    void AddActor(int key, Actor actor, IReadOnlyList<string> aliases);

    /// <summary>Called once after the last actor, on the thread that sent the actors; edges may still be arriving.</summary>
    void EndActors();

    /// <summary>
    /// One summary edge and its timeline as <see cref="EventStamp.Packed"/> values sorted by date. The span is only
    /// valid during the call.
    /// </summary>
    void AddRelation(in RelationRow relation, ReadOnlySpan<int> packedTimeline);
}
