namespace ActorGraph.Server;

/// <summary>The <c>Server:*</c> settings, bound from configuration and validated at start.</summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Server";

    /// <summary>The SQLite store file served when no Neo4j server is configured.</summary>
    public string Store { get; set; } = "actorgraph.db";

    /// <summary>The key <c>POST /api/v1/articles</c> wants in its <c>X-Api-Key</c> header; without one, writes are refused.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How often the store is checked for changes that call for a new snapshot.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most actors a neighbourhood or search answer lists.</summary>
    public int MaxResults { get; set; } = 2000;

    /// <summary>The most articles one <c>POST /api/v1/articles</c> may carry.</summary>
    public int MaxArticlesPerRequest { get; set; } = 100;
}
