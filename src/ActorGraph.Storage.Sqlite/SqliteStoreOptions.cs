namespace ActorGraph.Storage.Sqlite;

/// <summary>How a <see cref="SqliteGraphStore"/> opens its file.</summary>
/// <param name="BusyTimeout">How long a write waits for another writer before failing with a <see cref="Core.Storage.StoreUnavailableException"/>.</param>
/// <param name="CreateIfMissing">Whether a missing file becomes a new, empty store; when false a missing file is a <see cref="FileNotFoundException"/>.</param>
/// <param name="TimeProvider">The clock that stamps when articles were ingested; the system clock when null.</param>
/// <param name="ReadOnly">
/// Whether the file is only read: nothing is created or migrated, writes fail, and a store in a read-only folder
/// (where SQLite cannot create its shared-memory file) is opened as immutable.
/// </param>
public sealed record SqliteStoreOptions(
    TimeSpan BusyTimeout,
    bool CreateIfMissing = true,
    TimeProvider? TimeProvider = null,
    bool ReadOnly = false)
{
    /// <summary>Five seconds of busy timeout, missing files created, the system clock.</summary>
    public static SqliteStoreOptions Default { get; } = new(TimeSpan.FromSeconds(5));
}
