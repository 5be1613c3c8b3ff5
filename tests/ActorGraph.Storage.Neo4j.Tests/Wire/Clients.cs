using ActorGraph.Storage.Neo4j.Client;

namespace ActorGraph.Storage.Neo4j.Tests.Wire;

/// <summary>Clients pointed at a fake server, with retries that never sleep.</summary>
public static class Clients
{
    /// <summary>Options for the fake server: user neo4j, fast retries.</summary>
    public static Neo4jOptions Options(FakeNeo4jServer server) => new()
    {
        Uri = server.Uri,
        User = "neo4j",
        Password = "s3cret",
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(25),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>A client with the given options and an instant clock.</summary>
    public static Neo4jQueryClient Create(Neo4jOptions options, InstantTimeProvider? clock = null) =>
        Neo4jQueryClient.Create(options, clock ?? new InstantTimeProvider());
}
