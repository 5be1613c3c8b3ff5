using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>Streams every summary edge; built for millions of rows, so the only allocations per row are the edge and its timeline.</summary>
internal static class RelationReader
{
    public static async IAsyncEnumerable<RelationSummary> ReadAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await ActorIdsByKeyAsync(connection, cancellationToken);
        using var rows = new RawQuery(connection, """
            SELECT source_key, target_key, type, event_count, article_count, first_date, last_date, mean_confidence, timeline
            FROM relations
            """);
        var timeline = new int[64];
        var read = 0;
        while (rows.Step())
        {
            if (++read % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Copied first: the copy may grow the buffer.
            var stamps = rows.CopyInts(8, ref timeline);
            yield return new RelationSummary(
                ids[rows.Int64(0)],
                ids[rows.Int64(1)],
                Codes.ToType(rows.Int64(2)),
                rows.Int32(3),
                rows.Int32(4),
                DateOnly.FromDayNumber(rows.Int32(5)),
                DateOnly.FromDayNumber(rows.Int32(6)),
                rows.Double(7),
                Stamps(timeline.AsSpan(0, stamps)));
        }
    }

    // An EventStamp is exactly one packed int.
    private static EventStamp[] Stamps(ReadOnlySpan<int> packed) => MemoryMarshal.Cast<int, EventStamp>(packed).ToArray();

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
