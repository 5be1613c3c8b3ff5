namespace ActorGraph.Core.Storage;

/// <summary>
/// A reader that can hand over its whole graph in one pass as integer-keyed rows, with no object per edge.
/// Loading a snapshot uses it when a store offers it; it is an optimisation, never the only way to read a store.
/// </summary>
public interface IBulkGraphReader
{
    /// <summary>
    /// Sends every actor and every summary edge to <paramref name="sink"/>, as of one consistent moment: every key an
    /// edge names is an actor the sink is given.
    /// </summary>
    /// <remarks>
    /// Actors and edges may be sent from two threads at once; calls of one kind never overlap each other.
    /// </remarks>
    Task ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default);
}
