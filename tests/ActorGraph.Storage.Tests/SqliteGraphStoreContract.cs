using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Tests.Contract;

namespace ActorGraph.Storage.Tests;

/// <summary>The store contract, run against a fresh SQLite file in its own temp folder.</summary>
public sealed class SqliteGraphStoreContract : GraphStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync() => await SqliteGraphStore.OpenAsync(_folder.File("graph.db"));

    public void Dispose() => _folder.Dispose();
}
