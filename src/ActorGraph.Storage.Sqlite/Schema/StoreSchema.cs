using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Schema;

/// <summary>Checks that a file is an ActorGraph store this build can read, switches it to WAL and brings its schema up to date.</summary>
internal static class StoreSchema
{
    public static async Task PrepareAsync(SqliteConnection connection, string path, IReadOnlyList<string> migrations, bool readOnly, CancellationToken cancellationToken)
    {
        long version;
        // One read transaction: another process creating the store between two separate reads would show tables
        // at version 0, which looks like someone else's database.
        using (connection.BeginTransaction(deferred: true))
        {
            version = await UserVersionAsync(connection, cancellationToken);
            var tables = await TablesAsync(connection, cancellationToken);
            if (version == 0 && tables.Count > 0)
            {
                throw SqliteErrors.NotAStore(path, $"an SQLite database with other tables: {string.Join(", ", tables.Take(5))}");
            }

            if (version > 0 && !await HasMarkerAsync(connection, tables, cancellationToken))
            {
                throw SqliteErrors.NotAStore(path, $"an SQLite database at version {version} without the ActorGraph marker");
            }
        }

        ThrowIfNewer(path, version, migrations.Count);
        if (readOnly)
        {
            if (version < migrations.Count)
            {
                throw new Core.Storage.StoreFormatException(version == 0
                    ? $"{path} is not an ActorGraph store (an empty SQLite file)."
                    : $"{path} is at schema version {version} and needs upgrading to {migrations.Count}; run a command that writes (actorgraph ingest) on it once.");
            }

            return;
        }

        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteScalarAsync(cancellationToken);
        }

        if (version < migrations.Count)
        {
            await MigrateAsync(connection, path, migrations, cancellationToken);
        }
    }

    private static async Task MigrateAsync(SqliteConnection connection, string path, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        // IMMEDIATE: two processes opening a new file at once must not both run migration 1.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = await UserVersionAsync(connection, cancellationToken);
        ThrowIfNewer(path, version, migrations.Count);
        for (var next = version + 1; next <= migrations.Count; next++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migrations[(int)next - 1]
                + string.Create(CultureInfo.InvariantCulture, $";\nPRAGMA user_version = {next};");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void ThrowIfNewer(string path, long version, int latest)
    {
        if (version > latest)
        {
            throw new Core.Storage.StoreFormatException(
                $"{path} was written by a newer ActorGraph (schema version {version}; this build reads up to {latest}). Upgrade actorgraph to open it.");
        }
    }

    private static async Task<long> UserVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name;";
        var tables = new List<string>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<bool> HasMarkerAsync(SqliteConnection connection, List<string> tables, CancellationToken cancellationToken)
    {
        if (!tables.Contains("actorgraph_meta"))
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM actorgraph_meta WHERE key = 'application';";
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) is string value && value == Migrations.Application;
        }
        catch (SqliteException)
        {
            // A table of that name with other columns belongs to someone else.
            return false;
        }
    }
}
