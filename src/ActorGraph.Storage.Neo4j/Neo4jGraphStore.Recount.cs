using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Reading;

namespace ActorGraph.Storage.Neo4j;

// The full recount: checks the incrementally kept summaries against their events, and repairs them on request.
public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Recounts every summary relationship from its events, a page of <see cref="Neo4jOptions.PageSize"/> source actors
    /// at a time, and compares the result with what ingest kept incrementally; with <paramref name="repair"/> each
    /// differing relation is rewritten from its events under the store's write lock. Run it while nothing is ingesting:
    /// a batch committed during the check can show as a difference (repairing it is harmless).
    /// </summary>
    /// <param name="repair">Whether to rewrite the relations that differ.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>How many relations were checked and how many differed.</returns>
    public async Task<SummaryCheck> VerifySummariesAsync(bool repair = false, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var seen = new HashSet<RelationKey>();
        var differing = new List<RelationKey>();
        await foreach (var (stored, keys) in SummaryPagesAsync(cancellationToken))
        {
            var fresh = keys.Where(seen.Add).ToList();
            foreach (var group in fresh.GroupBy(key => key.Type))
            {
                var check = IngestCypher.Check;
                foreach (var chunk in group.Select(RecountRowOf).Chunk(RowsPerStatement))
                {
                    var records = (await _client.RunAsync(new Neo4jStatement(check, Parameters(("keys", chunk), ("relType", RelationTypes.Of(group.Key)))), cancellationToken)).Records;
                    foreach (var record in records)
                    {
                        var key = new RelationKey(new ActorId(record.GetString("source")), new ActorId(record.GetString("target")), group.Key);
                        var counted = record.GetInt32("events");
                        var summary = stored.GetValueOrDefault(key);
                        if (!Matches(summary, record))
                        {
                            Log.SummaryDiffered(_logger, key.Source.Value, RelationTypes.Of(key.Type), key.Target.Value, summary?.EventCount ?? 0, counted);
                            differing.Add(key);
                        }
                    }
                }
            }
        }

        if (repair && differing.Count > 0)
        {
            await _client.ExecuteWriteAsync(async (transaction, token) =>
            {
                await transaction.RunAsync(new Neo4jStatement(IngestCypher.Lock, Parameters(("key", Schema.MarkerKey))), token);
                foreach (var group in differing.GroupBy(key => key.Type).OrderBy(group => group.Key))
                {
                    await RecountAsync(transaction.RunAsync, group.Key, group, token);
                }

                return 0;
            }, cancellationToken);
        }

        return new SummaryCheck(seen.Count, differing.Count, repair && differing.Count > 0);
    }

    /// <summary>Whether a stored summary (or its absence) equals the recount of its events.</summary>
    private static bool Matches(RelationSummary? stored, Neo4jRecord counted)
    {
        var events = counted.GetInt32("events");
        if (stored is null || events == 0)
        {
            return stored is null && events == 0;
        }

        var timeline = counted["timeline"].EnumerateArray().Select(stamp => stamp.GetInt32()).ToList();
        return stored.EventCount == events
            && stored.ArticleCount == counted.GetInt32("articles")
            && stored.FirstDate == counted.GetDate("firstDate")
            && stored.LastDate == counted.GetDate("lastDate")
            && Math.Abs(stored.MeanConfidence - (counted.GetDouble("confidenceSum") / events)) <= 1e-9
            && stored.Timeline.Select(stamp => stamp.Packed).SequenceEqual(timeline);
    }

    /// <summary>Pages of source actors: the summaries stored on them and the keys of every relation checked on the page.</summary>
    private async IAsyncEnumerable<(Dictionary<RelationKey, RelationSummary> Stored, List<RelationKey> Keys)> SummaryPagesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = _client.Options.PageSize;
        var after = "";
        while (true)
        {
            var records = (await _client.RunAsync(new Neo4jStatement(ReadCypher.SummaryPage, Parameters(("after", after), ("page", pageSize))), cancellationToken)).Records;
            var stored = new Dictionary<RelationKey, RelationSummary>();
            var keys = new List<RelationKey>();
            foreach (var record in records)
            {
                var source = new ActorId(record.GetString("id"));
                foreach (var edge in record["edges"].EnumerateArray())
                {
                    var summary = Rows.Relation(edge);
                    stored[summary.Key] = summary;
                    keys.Add(summary.Key);
                }

                foreach (var pair in record["eventKeys"].EnumerateArray())
                {
                    keys.Add(new RelationKey(source, new ActorId(pair[0].GetString()!), RelationTypes.Parse(pair[1].GetString()!)));
                }
            }

            yield return (stored, keys);
            if (records.Count < pageSize)
            {
                yield break;
            }

            after = records[^1].GetString("id");
        }
    }
}
