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
        using var rows = new RawQuery(connection, RelationRows.Sql);
        var timeline = new int[64];
        var read = 0;
        while (rows.Step())
        {
            if (++read % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (row, stamps) = RelationRows.Read(rows, ref timeline);
            yield return new RelationSummary(
                ids[row.SourceKey],
                ids[row.TargetKey],
                row.Type,
                row.EventCount,
                row.ArticleCount,
                DateOnly.FromDayNumber(row.FirstDay),
                DateOnly.FromDayNumber(row.LastDay),
                row.MeanConfidence,
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
