using ActorGraph.Core.Storage;

namespace ActorGraph.Server.Snapshots;

/// <summary>The store the server reads evidence from and writes articles to, opened once at start.</summary>
public sealed class ServerStore : IAsyncDisposable
{
    private IGraphStore? store;

    /// <summary>The open store.</summary>
    /// <exception cref="InvalidOperationException">The server has not started.</exception>
    public IGraphStore Store => store ?? throw new InvalidOperationException("The store is opened when the server starts.");

    /// <summary>A short description for <c>/stats</c>: <c>sqlite:/path/graph.db</c> or <c>neo4j:http://host:7474</c>.</summary>
    public string Description { get; private set; } = "";

    internal void Set(IGraphStore opened, string description)
    {
        store = opened;
        Description = description;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
            store = null;
        }
    }
}
