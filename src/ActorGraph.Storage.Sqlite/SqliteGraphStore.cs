using System.Runtime.CompilerServices;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite.Reading;
using ActorGraph.Storage.Sqlite.Schema;
using ActorGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, safe to share between threads and processes (writers take turns,
/// readers never wait). Each call uses its own pooled connection.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IBulkGraphReader
{
    private readonly ConnectionFactory _connections;
    private readonly SqliteStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _disposed;

    private SqliteGraphStore(ConnectionFactory connections, SqliteStoreOptions options)
    {
        _connections = connections;
        _options = options;
        _clock = options.TimeProvider ?? TimeProvider.System;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path => _connections.Path;

    /// <summary>Opens the store at a path with default options, creating it if missing and migrating it to the current schema.</summary>
    public static Task<SqliteGraphStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, SqliteStoreOptions.Default, cancellationToken);

    /// <summary>Opens the store at a path, checking that it is an ActorGraph store and migrating it to the current schema.</summary>
    /// <exception cref="StoreFormatException">The file is not an ActorGraph store, or was written by a newer version.</exception>
    /// <exception cref="StoreUnavailableException">The file is locked or cannot be opened.</exception>
    /// <exception cref="FileNotFoundException">The file is missing and <see cref="SqliteStoreOptions.CreateIfMissing"/> is false.</exception>
    public static Task<SqliteGraphStore> OpenAsync(string path, SqliteStoreOptions options, CancellationToken cancellationToken = default) =>
        OpenAsync(path, options, Migrations.All, cancellationToken);

    internal static async Task<SqliteGraphStore> OpenAsync(string path, SqliteStoreOptions options, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            if (!options.CreateIfMissing || options.ReadOnly)
            {
                throw new FileNotFoundException($"There is no ActorGraph store at {fullPath}.", fullPath);
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        }

        try
        {
            return await OpenAtAsync(fullPath, fullPath, options, migrations, cancellationToken);
        }
        catch (StoreUnavailableException exception) when (options.ReadOnly && exception.Fault is StoreFault.CannotOpen or StoreFault.ReadOnly
            && !File.Exists(fullPath + "-wal"))
        {
            // A read-only folder: SQLite cannot create the shared-memory file WAL readers need. With no -wal file the
            // database file holds every commit, and since nobody can write here it is immutable for as long as we read.
            return await OpenAtAsync(fullPath, ImmutableUri(fullPath), options, migrations, cancellationToken);
        }
    }

    private static async Task<SqliteGraphStore> OpenAtAsync(string fullPath, string dataSource, SqliteStoreOptions options, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        var connections = new ConnectionFactory(fullPath, dataSource, options.BusyTimeout, options.ReadOnly);
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await StoreSchema.PrepareAsync(connection, fullPath, migrations, options.ReadOnly, cancellationToken);
        }
        catch (SqliteException exception) when (SqliteErrors.IsTranslated(exception))
        {
            connections.ReleaseFile();
            throw SqliteErrors.Translate(exception, fullPath, options.BusyTimeout);
        }
        catch
        {
            connections.ReleaseFile();
            throw;
        }

        return new SqliteGraphStore(connections, options);
    }

    // Characters that end or escape the path part of an SQLite URI are percent-encoded.
    private static string ImmutableUri(string fullPath) =>
        "file:" + fullPath.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal)
            .Replace("#", "%23", StringComparison.Ordinal) + "?immutable=1";

    /// <inheritdoc />
    /// <remarks>Events whose article id differs from their article's, or whose confidence is outside [0, 1], are an <see cref="ArgumentException"/>.</remarks>
    public async Task<IngestReport> IngestAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (batch.Count == 0)
        {
            return IngestReport.Empty;
        }

        return await WriteAsync(async (connection, transaction) =>
        {
            using var writer = new IngestBatch(connection, transaction, _clock.GetUtcNow());
            var report = IngestReport.Empty;
            foreach (var item in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                report = report.Add(await writer.WriteAsync(item, cancellationToken));
            }

            await writer.RecountTouchedAsync(cancellationToken);
            return report;
        }, cancellationToken);
    }

    /// <summary>
    /// Writes actors and summary edges directly, with no articles or events behind them, for synthetic graphs.
    /// A store written this way is synthetic (marked so in <c>actorgraph_meta</c>): its edges have no evidence, so
    /// ingesting real articles into it would recount and overwrite any edge they touch.
    /// </summary>
    /// <remarks>Aliases are added to stored ones; degrees are ignored (they are counted); every edge's actors must be given or stored.</remarks>
    public async Task BulkInsertAsync(IReadOnlyList<StoredActor> actors, IReadOnlyList<RelationSummary> relations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(relations);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await WriteAsync(async (connection, transaction) =>
        {
            await BulkWriter.WriteAsync(connection, transaction, actors, relations, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Actors come in the order they were first stored; aliases are in ordinal order.</remarks>
    public IAsyncEnumerable<StoredActor> ReadActorsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(ActorReader.ReadAsync, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<RelationSummary> ReadRelationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(RelationReader.ReadAsync, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Edges are read on one connection and actors on another, at the same time, each on a pool thread.</remarks>
    public async Task ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            await BulkGraphReader.ReadAsync(_connections.DataSource, _options.BusyTimeout, sink, cancellationToken);
        }
        catch (SqliteException exception) when (SqliteErrors.IsTranslated(exception))
        {
            throw Translate(exception);
        }
    }

    /// <inheritdoc />
    /// <remarks>Events on the same date come newest-stored first.</remarks>
    public IAsyncEnumerable<ActorEvent> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        return StreamAsync((connection, token) => EventReader.ReadAsync(connection, query, token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM actors),
                       (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM relations)
                """;
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new GraphStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }
        catch (SqliteException exception) when (SqliteErrors.IsTranslated(exception))
        {
            throw Translate(exception);
        }
    }

    /// <summary>Releases the file; calls after this throw <see cref="ObjectDisposedException"/>.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            _connections.ReleaseFile();
            _writeLock.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Runs a write in one IMMEDIATE transaction: committed if it returns, rolled back if it throws.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        // Writers in this process queue here, so only other processes can make one wait out the busy timeout.
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException exception) when (SqliteErrors.IsTranslated(exception))
        {
            throw Translate(exception);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(
        Func<SqliteConnection, CancellationToken, IAsyncEnumerable<T>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        SqliteConnection connection;
        try
        {
            connection = await _connections.OpenAsync(cancellationToken);
        }
        catch (SqliteException exception) when (SqliteErrors.IsTranslated(exception))
        {
            throw Translate(exception);
        }

        await using (connection)
        {
            await using var items = read(connection, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                bool more;
                try
                {
                    more = await items.MoveNextAsync();
                }
                catch (SqliteException exception) when (SqliteErrors.IsTranslated(exception))
                {
                    throw Translate(exception);
                }

                if (!more)
                {
                    yield break;
                }

                yield return items.Current;
            }
        }
    }

    private Exception Translate(SqliteException exception) => SqliteErrors.Translate(exception, Path, _options.BusyTimeout);
}
