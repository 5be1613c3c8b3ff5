using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>Streams every summary edge; built for millions of rows, so the only allocations per row are the edge and its timeline.</summary>
internal static class RelationReader
{
    private const int TimelineOrdinal = 8;

    public static async IAsyncEnumerable<RelationSummary> ReadAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await ActorIdsByKeyAsync(connection, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT source_key, target_key, type, event_count, article_count, first_date, last_date, mean_confidence, timeline
            FROM relations
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var buffer = new byte[1024];
        while (await reader.ReadAsync(cancellationToken))
        {
            var length = (int)reader.GetBytes(TimelineOrdinal, 0, null, 0, 0);
            if (length > buffer.Length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            reader.GetBytes(TimelineOrdinal, 0, buffer, 0, length);
            yield return new RelationSummary(
                ids[reader.GetInt64(0)],
                ids[reader.GetInt64(1)],
                Codes.ToType(reader.GetInt64(2)),
                reader.GetInt32(3),
                reader.GetInt32(4),
                DateOnly.FromDayNumber(reader.GetInt32(5)),
                DateOnly.FromDayNumber(reader.GetInt32(6)),
                reader.GetDouble(7),
                TimelineBlob.Unpack(buffer.AsSpan(0, length)));
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
