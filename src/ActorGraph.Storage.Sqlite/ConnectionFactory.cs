using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>Opens pooled connections to one store file, each with the store's pragmas applied.</summary>
internal sealed class ConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    /// <summary>Connections to the file at <paramref name="path"/>, opened as <paramref name="dataSource"/> (the path, or an SQLite URI).</summary>
    public ConnectionFactory(string path, string dataSource, TimeSpan busyTimeout, bool readOnly)
    {
        Path = path;
        DataSource = dataSource;
        var milliseconds = (long)Math.Max(0, busyTimeout.TotalMilliseconds);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries busy statements itself until the command timeout, in whole seconds (0 = forever).
            DefaultTimeout = (int)Math.Max(1, Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();
        // 64 MiB of page cache (SQLite's default is 2): large graphs otherwise thrash their indexes.
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {milliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>What SQLite is given to open: the path, or a <c>file:</c> URI with parameters.</summary>
    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the idle pooled connections so the file is released.</summary>
    public void ReleaseFile()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
