using System.Globalization;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Server.Snapshots;

/// <summary>
/// A cheap description of a store's state that changes whenever its content does: for a SQLite file the size and
/// modification time of the file and its write-ahead log (every commit touches one of them), otherwise the store's counts.
/// </summary>
/// <remarks>A checkpoint can change the SQLite file without changing content; that costs one needless rebuild, never a stale answer.</remarks>
internal static class StoreFingerprint
{
    public static async Task<string> ReadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        if (store is SqliteGraphStore sqlite)
        {
            if (!File.Exists(sqlite.Path))
            {
                throw new StoreUnavailableException($"The store file {sqlite.Path} is gone.");
            }

            return $"{Stamp(sqlite.Path)}|{Stamp(sqlite.Path + "-wal")}";
        }

        var stats = await store.GetStatsAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{stats.Articles}/{stats.Actors}/{stats.Events}/{stats.Relations}");
    }

    private static string Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length}@{file.LastWriteTimeUtc.Ticks}") : "-";
    }
}
