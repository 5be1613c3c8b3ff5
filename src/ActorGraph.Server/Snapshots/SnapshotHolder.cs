namespace ActorGraph.Server.Snapshots;

/// <summary>
/// The snapshot requests answer from. A request reads <see cref="Current"/> once and keeps that snapshot to the end, so
/// a swap never tears an answer; swaps are a single reference write.
/// </summary>
public sealed class SnapshotHolder
{
    private readonly TaskCompletionSource firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim refreshRequested = new(0, 1);
    private ServedSnapshot? current;
    private volatile bool refreshing;
    private volatile bool storeReachable;
    private volatile string? lastError;

    /// <summary>The snapshot served now, or null before the first one is loaded.</summary>
    public ServedSnapshot? Current => Volatile.Read(ref current);

    /// <summary>Whether a new snapshot is being built.</summary>
    public bool Refreshing => refreshing;

    /// <summary>Whether the store answered the last check.</summary>
    public bool StoreReachable => storeReachable;

    /// <summary>Why the last check or build failed, or null when it succeeded.</summary>
    public string? LastError => lastError;

    /// <summary>Completes when the first snapshot is served.</summary>
    public Task WhenLoadedAsync(CancellationToken cancellationToken = default) => firstLoad.Task.WaitAsync(cancellationToken);

    /// <summary>Asks for the store to be checked now rather than at the next interval (after a write).</summary>
    public void RequestRefresh()
    {
        try
        {
            refreshRequested.Release();
        }
        catch (SemaphoreFullException)
        {
            // A check is already due; one is enough.
        }
    }

    /// <summary>Waits until a refresh is asked for or the interval passes.</summary>
    internal Task WaitForRefreshAsync(TimeSpan interval, CancellationToken cancellationToken) =>
        refreshRequested.WaitAsync(interval, cancellationToken);

    internal void Publish(ServedSnapshot snapshot)
    {
        Volatile.Write(ref current, snapshot);
        firstLoad.TrySetResult();
    }

    internal void Report(bool reachable, string? error, bool building)
    {
        storeReachable = reachable;
        lastError = error;
        refreshing = building;
    }
}
