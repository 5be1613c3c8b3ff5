using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

/// <summary>Opens the Neo4j store named by the <c>Neo4j:*</c> settings; chosen instead of SQLite when <c>Neo4j:Uri</c> is set.</summary>
internal sealed class Neo4jStoreFactory(Neo4jOptions options, ILoggerFactory loggers) : IStoreFactory
{
    public async Task<IGraphStore> OpenAsync(CancellationToken cancellationToken = default) =>
        await Neo4jGraphStore.OpenAsync(options, loggers, cancellationToken);
}
