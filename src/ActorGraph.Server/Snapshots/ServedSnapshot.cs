using ActorGraph.Core.Storage;
using ActorGraph.Query;

namespace ActorGraph.Server.Snapshots;

/// <summary>One immutable snapshot of the store as the server answers from it, with where and when it came from.</summary>
public sealed class ServedSnapshot
{
    private readonly Lazy<ActorSearch> search;

    /// <summary>Wraps a loaded graph.</summary>
    public ServedSnapshot(ActorGraphSnapshot graph, long version, DateTimeOffset loadedAt, TimeSpan loadTime, GraphStats stats, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        Version = version;
        LoadedAt = loadedAt;
        LoadTime = loadTime;
        Stats = stats;
        Fingerprint = fingerprint;
        search = new Lazy<ActorSearch>(() => new ActorSearch(graph), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The graph.</summary>
    public ActorGraphSnapshot Graph { get; }

    /// <summary>Counts up from 1 with every snapshot swapped in.</summary>
    public long Version { get; }

    /// <summary>When it was swapped in.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>How long it took to build.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The store's counts, read just before the graph was.</summary>
    public GraphStats Stats { get; }

    /// <summary>The store state it was built from.</summary>
    public string Fingerprint { get; }

    /// <summary>The search index, built on first use.</summary>
    public ActorSearch Search => search.Value;
}
