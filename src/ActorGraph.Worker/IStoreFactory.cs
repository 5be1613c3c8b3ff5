using ActorGraph.Core.Storage;

namespace ActorGraph.Worker;

/// <summary>Opens the store the worker writes to; the seam where a Neo4j store plugs in beside SQLite.</summary>
public interface IStoreFactory
{
    /// <summary>Opens the store; a store that is briefly unavailable throws <see cref="StoreUnavailableException"/>.</summary>
    Task<IGraphStore> OpenAsync(CancellationToken cancellationToken = default);
}
