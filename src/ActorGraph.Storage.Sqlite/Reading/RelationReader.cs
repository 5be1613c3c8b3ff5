using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>Streams every summary edge; built for millions of rows, so the only allocations per row are the edge and its timeline.</summary>
internal static class RelationReader
{
    public static async IAsyncEnumerable<RelationSummary> ReadAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await ActorIdsByKeyAsync(connection, cancellationToken);
        // Straight to SQLite: the provider's GetBytes/GetStream look up column metadata on every row, which costs
        // kilobytes and microseconds per edge; sqlite3_column_blob hands over the stored bytes without a copy.
        var rc = raw.sqlite3_prepare_v2(connection.Handle, """
            SELECT source_key, target_key, type, event_count, article_count, first_date, last_date, mean_confidence, timeline
            FROM relations
            """, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        using (statement)
        {
            var rows = 0;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if (++rows % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                yield return new RelationSummary(
                    ids[raw.sqlite3_column_int64(statement, 0)],
                    ids[raw.sqlite3_column_int64(statement, 1)],
                    Codes.ToType(raw.sqlite3_column_int64(statement, 2)),
                    raw.sqlite3_column_int(statement, 3),
                    raw.sqlite3_column_int(statement, 4),
                    DateOnly.FromDayNumber(raw.sqlite3_column_int(statement, 5)),
                    DateOnly.FromDayNumber(raw.sqlite3_column_int(statement, 6)),
                    raw.sqlite3_column_double(statement, 7),
                    TimelineBlob.Unpack(raw.sqlite3_column_blob(statement, 8)));
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            }
        }
    }

    /// <summary>Every actor id, indexed by key: keys are dense row ids, so an array beats a dictionary here.</summary>
    private static async Task<ActorId[]> ActorIdsByKeyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, id FROM actors ORDER BY key";
        var ids = new ActorId[16];
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetInt64(0);
            if (key >= ids.Length)
            {
                Array.Resize(ref ids, (int)Math.Max(key + 1, ids.Length * 2L));
            }

            ids[key] = new ActorId(reader.GetString(1));
        }

        return ids;
    }
}
