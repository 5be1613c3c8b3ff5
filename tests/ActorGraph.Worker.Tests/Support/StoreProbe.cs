using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>What a store holds, read once the workers have stopped.</summary>
internal sealed record StoreProbe(GraphStats Stats, IReadOnlyList<string> ArticleIds, int DuplicateEvents)
{
    public static async Task<StoreProbe> ReadAsync(string path)
    {
        GraphStats stats;
        var duplicates = 0;
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            stats = await store.GetStatsAsync();
            var seen = new HashSet<(string, int, int, int, string, string, string)>();
            await foreach (var e in store.ReadEventsAsync(new EventQuery(Limit: int.MaxValue)))
            {
                if (!seen.Add((e.ArticleId, e.Evidence.SentenceIndex, e.Evidence.Start, e.Evidence.End, e.Type.ToString(), e.Source.Id.ToString(), e.Target.Id.ToString())))
                {
                    duplicates++;
                }
            }
        }

        // The public reader has no article listing; the ids come straight from the articles table.
        var ids = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM articles;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        return new StoreProbe(stats, ids, duplicates);
    }
}
