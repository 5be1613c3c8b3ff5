using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Tests.Contract;
using ActorGraph.Storage.Tests.Skipping;

namespace ActorGraph.Storage.Tests;

/// <summary>The store contract, run against the Neo4j server in <c>ACTORGRAPH_NEO4J_URI</c>, emptied before each test.</summary>
[RequiresEnvironment(Neo4jServer.UriVariable, "the Neo4j contract tests need a server")]
public sealed class Neo4jGraphStoreContract : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = Neo4jServer.Options();
        using (var client = Neo4jQueryClient.Create(options))
        {
            await client.RunAsync(new Neo4jStatement(Neo4jServer.Wipe));
        }

        return await Neo4jGraphStore.OpenAsync(options);
    }
}
