namespace ActorGraph.Core.Storage;

/// <summary>Reads the graph a store holds.</summary>
public interface IGraphReader
{
    /// <summary>Every actor with its aliases and degree.</summary>
    IAsyncEnumerable<StoredActor> ReadActorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every summary edge, in no particular order.</summary>
    IAsyncEnumerable<RelationSummary> ReadRelationsAsync(CancellationToken cancellationToken = default);

    /// <summary>The events behind edges: the evidence drill-down.</summary>
    IAsyncEnumerable<Events.ActorEvent> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts of articles, actors, events and relations.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
