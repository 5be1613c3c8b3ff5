using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Writing;

/// <summary>Writes actors and summary edges directly, with no articles or events behind them: the synthetic-graph path.</summary>
internal static class BulkWriter
{
    public static async Task WriteAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyList<StoredActor> actors,
        IReadOnlyList<RelationSummary> relations,
        CancellationToken cancellationToken)
    {
        using var writer = new ActorWriter(connection, transaction);
        foreach (var stored in actors)
        {
            var key = await writer.WriteAsync(stored.Actor, cancellationToken);
            foreach (var alias in stored.Aliases)
            {
                await writer.AddAliasAsync(key, alias, cancellationToken);
            }
        }

        var rows = await KeyedRowsAsync(writer, relations, cancellationToken);
        InsertRelations(connection, relations, rows, cancellationToken);

        using var mark = Sql.Prepare(connection, transaction,
            "INSERT INTO actorgraph_meta (key, value) VALUES ('synthetic', 'true') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        await mark.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts edges through SQLite's own prepared statement: the provider's per-execute machinery costs more than
    /// the insert itself at a million rows. Runs on the connection, so inside its open transaction.
    /// </summary>
    private static void InsertRelations(SqliteConnection connection, IReadOnlyList<RelationSummary> relations, Row[] rows, CancellationToken cancellationToken)
    {
        var db = connection.Handle;
        var rc = raw.sqlite3_prepare_v2(db, RelationRecounter.UpsertSql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        using (statement)
        {
            var buffer = new byte[256];
            foreach (var row in rows)
            {
                if (row.Index % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var relation = relations[row.Index];
                var length = TimelineBlob.Pack(relation.Timeline, ref buffer);
                raw.sqlite3_bind_int64(statement, 1, row.Source);
                raw.sqlite3_bind_int64(statement, 2, row.Target);
                raw.sqlite3_bind_int(statement, 3, row.Type);
                raw.sqlite3_bind_int(statement, 4, relation.EventCount);
                raw.sqlite3_bind_int(statement, 5, relation.ArticleCount);
                raw.sqlite3_bind_int(statement, 6, relation.FirstDate.DayNumber);
                raw.sqlite3_bind_int(statement, 7, relation.LastDate.DayNumber);
                raw.sqlite3_bind_double(statement, 8, relation.MeanConfidence);
                raw.sqlite3_bind_blob(statement, 9, buffer.AsSpan(0, length));
                rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }

                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>Each edge's actor keys, sorted in primary-key order: appending in key order is many times faster than random inserts.</summary>
    private static async Task<Row[]> KeyedRowsAsync(ActorWriter writer, IReadOnlyList<RelationSummary> relations, CancellationToken cancellationToken)
    {
        var rows = new Row[relations.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var key = relations[i].Key;
            var source = await writer.FindKeyAsync(key.Source, cancellationToken) ?? throw UnknownActor(key, key.Source);
            var target = await writer.FindKeyAsync(key.Target, cancellationToken) ?? throw UnknownActor(key, key.Target);
            rows[i] = new Row(source, target, Codes.Of(key.Type), i);
        }

        Array.Sort(rows);
        return rows;
    }

    private static ArgumentException UnknownActor(RelationKey key, Core.Actors.ActorId missing) =>
        new($"Relation {key.Source} -> {key.Target} names actor {missing}, which is neither given nor stored.", "relations");

    private readonly record struct Row(long Source, long Target, int Type, int Index) : IComparable<Row>
    {
        public int CompareTo(Row other) => (Source, Target, Type).CompareTo((other.Source, other.Target, other.Type));
    }
}
