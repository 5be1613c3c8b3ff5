using System.Runtime.InteropServices;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Writing;

/// <summary>Recomputes one summary edge from the events table, so a summary always equals a recount of its evidence.</summary>
internal sealed class RelationRecounter : IDisposable
{
    private const string Columns = "SELECT date, modality, confidence, article_key FROM events";

    private readonly SqliteCommand _directed;
    private readonly SqliteCommand _mutual;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;
    private readonly HashSet<long> _articles = [];
    private readonly List<int> _stamps = [];

    public RelationRecounter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _directed = Sql.Prepare(connection, transaction,
            $"{Columns} WHERE source_key = $s AND target_key = $t AND type = $type", "$s", "$t", "$type");
        _mutual = Sql.Prepare(connection, transaction,
            $"{Columns} WHERE type = $type AND ((source_key = $s AND target_key = $t) OR (source_key = $t AND target_key = $s))",
            "$s", "$t", "$type");
        _upsert = Sql.Prepare(connection, transaction, UpsertSql,
            "$s", "$t", "$type", "$events", "$articles", "$first", "$last", "$confidence", "$timeline");
        _delete = Sql.Prepare(connection, transaction,
            "DELETE FROM relations WHERE source_key = $s AND target_key = $t AND type = $type", "$s", "$t", "$type");
    }

    /// <summary>The insert-or-update of one edge, its nine parameters in table order.</summary>
    public const string UpsertSql = """
        INSERT INTO relations (source_key, target_key, type, event_count, article_count, first_date, last_date, mean_confidence, timeline)
        VALUES ($s, $t, $type, $events, $articles, $first, $last, $confidence, $timeline)
        ON CONFLICT (source_key, target_key, type) DO UPDATE SET
            event_count = excluded.event_count, article_count = excluded.article_count,
            first_date = excluded.first_date, last_date = excluded.last_date,
            mean_confidence = excluded.mean_confidence, timeline = excluded.timeline
        """;

    /// <summary>Recounts the edge between two actor keys, already in <see cref="RelationKey"/> order; an edge left without events is removed.</summary>
    public async Task RecountAsync(long sourceKey, long targetKey, PloverType type, CancellationToken cancellationToken)
    {
        _articles.Clear();
        _stamps.Clear();
        var confidence = 0.0;
        var query = (type.IsSymmetric() ? _mutual : _directed).With(sourceKey, targetKey, Codes.Of(type));
        using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var date = DateOnly.FromDayNumber(reader.GetInt32(0));
                _stamps.Add(new EventStamp(date, Codes.ToModality(reader.GetInt64(1))).Packed);
                confidence += reader.GetDouble(2);
                _articles.Add(reader.GetInt64(3));
            }
        }

        if (_stamps.Count == 0)
        {
            await _delete.With(sourceKey, targetKey, Codes.Of(type)).ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        // Packed stamps sort by date, then modality.
        _stamps.Sort();
        var timeline = TimelineBlob.Pack(MemoryMarshal.Cast<int, EventStamp>(CollectionsMarshal.AsSpan(_stamps)));
        var first = EventStamp.FromPacked(_stamps[0]).Date.DayNumber;
        var last = EventStamp.FromPacked(_stamps[^1]).Date.DayNumber;
        await _upsert.With(
                sourceKey, targetKey, Codes.Of(type), _stamps.Count, _articles.Count,
                first, last, confidence / _stamps.Count, timeline)
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        _directed.Dispose();
        _mutual.Dispose();
        _upsert.Dispose();
        _delete.Dispose();
    }
}
