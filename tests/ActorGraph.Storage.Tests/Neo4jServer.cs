using ActorGraph.Storage.Neo4j;

namespace ActorGraph.Storage.Tests;

/// <summary>The Neo4j server the Neo4j contract tests run against, named by environment variables.</summary>
public static class Neo4jServer
{
    /// <summary>The server's HTTP address, such as <c>http://localhost:7474</c>; without it the Neo4j tests are skipped.</summary>
    public const string UriVariable = "ACTORGRAPH_NEO4J_URI";

    /// <summary>Deletes every node the store writes: each contract test starts from an empty store.</summary>
    /// <remarks>Destructive: point <see cref="UriVariable"/> at a throwaway server or database, never at real data.</remarks>
    public const string Wipe = "MATCH (n) WHERE n:Actor OR n:Article OR n:Event OR n:ActorGraphStore DETACH DELETE n";

    /// <summary>Options from <c>ACTORGRAPH_NEO4J_URI</c>, <c>_USER</c>, <c>_PASSWORD</c> and <c>_DATABASE</c>.</summary>
    public static Neo4jOptions Options() => Neo4jOptions.FromConfiguration(new Dictionary<string, string?>
    {
        ["Neo4j:Uri"] = Environment.GetEnvironmentVariable(UriVariable),
        ["Neo4j:User"] = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_USER"),
        ["Neo4j:Password"] = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD"),
        ["Neo4j:Database"] = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_DATABASE"),
    });
}
