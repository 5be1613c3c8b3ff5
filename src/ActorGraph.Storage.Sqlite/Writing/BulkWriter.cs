using System.Runtime.InteropServices;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

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

        using var upsert = RelationRecounter.PrepareUpsert(connection, transaction);
        var stamps = new List<EventStamp>();
        foreach (var relation in relations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = relation.Key;
            var source = await writer.FindKeyAsync(key.Source, cancellationToken)
                ?? throw new ArgumentException($"Relation {key.Source} -> {key.Target} names actor {key.Source}, which is neither given nor stored.", nameof(relations));
            var target = await writer.FindKeyAsync(key.Target, cancellationToken)
                ?? throw new ArgumentException($"Relation {key.Source} -> {key.Target} names actor {key.Target}, which is neither given nor stored.", nameof(relations));
            stamps.Clear();
            stamps.AddRange(relation.Timeline);
            await upsert.With(
                    source, target, Codes.Of(key.Type), relation.EventCount, relation.ArticleCount,
                    relation.FirstDate.DayNumber, relation.LastDate.DayNumber, relation.MeanConfidence,
                    TimelineBlob.Pack(CollectionsMarshal.AsSpan(stamps)))
                .ExecuteNonQueryAsync(cancellationToken);
        }

        using var mark = Sql.Prepare(connection, transaction,
            "INSERT INTO actorgraph_meta (key, value) VALUES ('synthetic', 'true') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        await mark.ExecuteNonQueryAsync(cancellationToken);
    }
}
