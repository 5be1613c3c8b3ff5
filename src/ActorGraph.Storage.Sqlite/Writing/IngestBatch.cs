using System.Globalization;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Writing;

/// <summary>Writes one ingest batch inside one transaction, with every command prepared once and reused.</summary>
internal sealed class IngestBatch : IDisposable
{
    private readonly SqliteCommand _findArticle;
    private readonly SqliteCommand _upsertArticle;
    private readonly SqliteCommand _eventKeys;
    private readonly SqliteCommand _deleteEvents;
    private readonly SqliteCommand _insertEvent;
    private readonly ActorWriter _actors;
    private readonly RelationRecounter _recounter;
    private readonly HashSet<RelationKey> _touched = [];
    private readonly string _ingestedAt;

    public IngestBatch(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
    {
        _ingestedAt = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        _findArticle = Sql.Prepare(connection, transaction, "SELECT key, content_hash FROM articles WHERE id = $id", "$id");
        _upsertArticle = Sql.Prepare(connection, transaction, """
            INSERT INTO articles (id, title, url, source, published, content_hash, ingested_at)
            VALUES ($id, $title, $url, $source, $published, $hash, $at)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, source = excluded.source,
                published = excluded.published, content_hash = excluded.content_hash, ingested_at = excluded.ingested_at
            RETURNING key
            """, "$id", "$title", "$url", "$source", "$published", "$hash", "$at");
        _eventKeys = Sql.Prepare(connection, transaction, """
            SELECT DISTINCT e.type, s.id, e.source_key, t.id, e.target_key
            FROM events e JOIN actors s ON s.key = e.source_key JOIN actors t ON t.key = e.target_key
            WHERE e.article_key = $article
            """, "$article");
        _deleteEvents = Sql.Prepare(connection, transaction, "DELETE FROM events WHERE article_key = $article", "$article");
        _insertEvent = Sql.Prepare(connection, transaction, """
            INSERT INTO events (article_key, sentence_index, span_start, span_end, sentence, type, mode, source_key, target_key,
                date, date_precision, modality, confidence, source_text, target_text)
            VALUES ($article, $sentence_index, $start, $end, $sentence, $type, $mode, $source, $target,
                $date, $precision, $modality, $confidence, $source_text, $target_text)
            """, "$article", "$sentence_index", "$start", "$end", "$sentence", "$type", "$mode", "$source", "$target",
            "$date", "$precision", "$modality", "$confidence", "$source_text", "$target_text");
        _actors = new ActorWriter(connection, transaction);
        _recounter = new RelationRecounter(connection, transaction);
    }

    /// <summary>Writes one article: skipped when its hash is stored, its events replaced when its content changed, else inserted.</summary>
    public async Task<IngestReport> WriteAsync(ExtractedArticle item, CancellationToken cancellationToken)
    {
        ArticleValidation.ThrowIfInvalid(item);
        var article = item.Article;
        var hash = article.ContentHash;
        long? existing = null;
        using (var reader = await _findArticle.With(article.Id).ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetString(1) == hash)
                {
                    return new IngestReport(0, 1, 0, 0);
                }

                existing = reader.GetInt64(0);
            }
        }

        if (existing is { } stale)
        {
            await ForgetEventsAsync(stale, cancellationToken);
        }

        var articleKey = (long)(await _upsertArticle
            .With(article.Id, article.Title, article.Url, article.Source, article.Published?.DayNumber, hash, _ingestedAt)
            .ExecuteScalarAsync(cancellationToken))!;
        foreach (var e in item.Events)
        {
            await InsertEventAsync(articleKey, e, cancellationToken);
        }

        return existing is null
            ? new IngestReport(1, 0, 0, item.Events.Count)
            : new IngestReport(0, 0, 1, item.Events.Count);
    }

    /// <summary>Recounts every edge an event was added to or removed from in this batch.</summary>
    public async Task RecountTouchedAsync(CancellationToken cancellationToken)
    {
        foreach (var key in _touched)
        {
            var source = await _actors.FindKeyAsync(key.Source, cancellationToken);
            var target = await _actors.FindKeyAsync(key.Target, cancellationToken);
            await _recounter.RecountAsync(source!.Value, target!.Value, key.Type, cancellationToken);
        }
    }

    private async Task ForgetEventsAsync(long articleKey, CancellationToken cancellationToken)
    {
        using (var reader = await _eventKeys.With(articleKey).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var source = new ActorId(reader.GetString(1));
                var target = new ActorId(reader.GetString(3));
                _actors.Remember(source, reader.GetInt64(2));
                _actors.Remember(target, reader.GetInt64(4));
                _touched.Add(new RelationKey(source, target, Codes.ToType(reader.GetInt64(0))));
            }
        }

        await _deleteEvents.With(articleKey).ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task InsertEventAsync(long articleKey, ActorEvent e, CancellationToken cancellationToken)
    {
        var evidence = e.Evidence;
        var source = await _actors.WriteAsync(e.Source, cancellationToken);
        await _actors.AddAliasAsync(source, evidence.SourceText, cancellationToken);
        var target = await _actors.WriteAsync(e.Target, cancellationToken);
        await _actors.AddAliasAsync(target, evidence.TargetText, cancellationToken);
        await _insertEvent.With(
                articleKey, evidence.SentenceIndex, evidence.Start, evidence.End, evidence.Sentence, Codes.Of(e.Type), e.Mode,
                source, target, e.Date.DayNumber, Codes.Of(e.DatePrecision), Codes.Of(e.Modality), evidence.Confidence,
                evidence.SourceText, evidence.TargetText)
            .ExecuteNonQueryAsync(cancellationToken);
        _touched.Add(RelationKey.Of(e));
    }

    public void Dispose()
    {
        _findArticle.Dispose();
        _upsertArticle.Dispose();
        _eventKeys.Dispose();
        _deleteEvents.Dispose();
        _insertEvent.Dispose();
        _actors.Dispose();
        _recounter.Dispose();
    }
}
