using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker;

/// <summary>Opens the SQLite store named by <c>Worker:Store</c>.</summary>
internal sealed class SqliteStoreFactory(IOptions<WorkerOptions> options) : IStoreFactory
{
    public async Task<IGraphStore> OpenAsync(CancellationToken cancellationToken = default) =>
        await SqliteGraphStore.OpenAsync(options.Value.Store, cancellationToken);
}
