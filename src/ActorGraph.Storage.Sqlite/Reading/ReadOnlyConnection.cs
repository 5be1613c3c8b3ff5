using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>
/// A read-only SQLite connection opened without the provider, for one thread to scan a whole store: no per-call mutex
/// (SQLite's serialized mode takes one on every column read), and the file memory-mapped instead of copied page by page.
/// </summary>
internal sealed class ReadOnlyConnection : IDisposable
{
    // Mapping costs address space, not memory: the pages are the OS cache's own. SQLite caps it at its compiled maximum.
    private const long MapBytes = 1L << 40;

    private ReadOnlyConnection(sqlite3 handle) => Handle = handle;

    public sqlite3 Handle { get; }

    /// <summary>Opens the store file (a path or a <c>file:</c> URI) read-only; the connection must only ever be used from one thread at a time.</summary>
    public static ReadOnlyConnection Open(string dataSource, TimeSpan busyTimeout)
    {
        var rc = raw.sqlite3_open_v2(dataSource, out var handle, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX | raw.SQLITE_OPEN_URI, null);
        var connection = new ReadOnlyConnection(handle);
        try
        {
            SqliteException.ThrowExceptionForRC(rc, handle);
            raw.sqlite3_busy_timeout(handle, (int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue));
            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {MapBytes}; PRAGMA cache_size = -65536;"));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs statements that return nothing worth reading.</summary>
    public void Execute(string sql)
    {
        var rc = raw.sqlite3_exec(Handle, sql);
        SqliteException.ThrowExceptionForRC(rc, Handle);
    }

    public RawQuery Query(string sql) => new(Handle, sql);

    public void Dispose() => Handle.Dispose();
}
