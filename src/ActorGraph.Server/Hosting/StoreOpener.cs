using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Hosting;

/// <summary>Opens the store the settings name: Neo4j when <c>Neo4j:Uri</c> is set, else the SQLite file <c>Server:Store</c> (never created).</summary>
/// <remarks>The CLI's and the worker's store selection do the same; issue 13 gathers the three into one library.</remarks>
internal sealed class StoreOpener(IOptions<ServerOptions> options, ILoggerFactory loggers, Neo4jOptions? neo4j = null)
{
    public async Task<(IGraphStore Store, string Description)> OpenAsync(CancellationToken cancellationToken)
    {
        if (neo4j is not null)
        {
            return (await Neo4jGraphStore.OpenAsync(neo4j, loggers, cancellationToken), $"neo4j:{neo4j.Uri}");
        }

        var path = Path.GetFullPath(options.Value.Store);
        var store = await SqliteGraphStore.OpenAsync(path, SqliteStoreOptions.Default with { CreateIfMissing = false }, cancellationToken);
        return (store, $"sqlite:{path}");
    }
}
