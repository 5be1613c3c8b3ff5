using System.Runtime.CompilerServices;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Reading;

namespace ActorGraph.Storage.Neo4j;

// The IGraphReader half of the store: paged reads of actors, relations, events and counts.
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>Actors come in ordinal id order, a page of <see cref="Neo4jOptions.PageSize"/> per request; aliases are in ordinal order.</remarks>
    public async IAsyncEnumerable<StoredActor> ReadActorsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await foreach (var record in PagesAsync(ReadCypher.Actors, cancellationToken))
        {
            yield return Rows.StoredActor(record);
        }
    }

    /// <inheritdoc />
    /// <remarks>Edges come grouped by source actor, a page of <see cref="Neo4jOptions.PageSize"/> source actors per request.</remarks>
    public async IAsyncEnumerable<RelationSummary> ReadRelationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await foreach (var record in PagesAsync(ReadCypher.Relations, cancellationToken))
        {
            foreach (var edge in record["edges"].EnumerateArray())
            {
                yield return Rows.Relation(edge);
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Events on the same date come newest-stored first; pages of <see cref="Neo4jOptions.PageSize"/> events per request.</remarks>
    public async IAsyncEnumerable<ActorEvent> ReadEventsAsync(EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var firstPage = ReadCypher.Events(query, afterCursor: false);
        var laterPages = ReadCypher.Events(query, afterCursor: true);
        var types = query.Types is { Count: > 0 } wanted ? wanted.Distinct().Select(RelationTypes.Of).ToList() : null;
        var remaining = query.Limit;
        (DateOnly? Date, long Seq) cursor = (null, 0);
        while (remaining > 0)
        {
            var page = Math.Min(remaining, _client.Options.PageSize);
            var parameters = Parameters(("limit", page));
            AddIf(parameters, "source", query.Source?.Value);
            AddIf(parameters, "target", query.Target?.Value);
            AddIf(parameters, "types", types);
            AddIf(parameters, "since", query.Since);
            AddIf(parameters, "until", query.Until);
            if (cursor.Date is { } date)
            {
                parameters.Add("cursorDate", date);
                parameters.Add("cursorSeq", cursor.Seq);
            }

            var response = await _client.RunAsync(new Neo4jStatement(cursor.Date is null ? firstPage : laterPages, parameters), cancellationToken);

            // An either-direction read is a union of two sorted branches of up to a page each: merge them and keep a page.
            var records = response.Records
                .OrderByDescending(r => r.GetDate("date")).ThenByDescending(r => r.GetInt64("seq"))
                .Take(page).ToList();
            foreach (var record in records)
            {
                yield return Rows.Event(record);
            }

            if (records.Count < page)
            {
                yield break;
            }

            var last = records[^1];
            cursor = (last.GetDate("date"), last.GetInt64("seq"));
            remaining -= page;
        }
    }

    /// <inheritdoc />
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var records = (await _client.RunAsync(new Neo4jStatement(ReadCypher.Stats), cancellationToken)).Records;
        var row = records.Count == 1 ? records[0] : throw new InvalidDataException("Neo4j returned no counts.");
        return new GraphStats(row.GetInt64("articles"), row.GetInt64("actors"), row.GetInt64("events"), row.GetInt64("relations"));
    }

    /// <summary>Adds a parameter the statement uses only when it has a value (a statement never tests a null parameter).</summary>
    private static void AddIf(Dictionary<string, object?> parameters, string name, object? value)
    {
        if (value is not null)
        {
            parameters.Add(name, value);
        }
    }

    /// <summary>Reads a statement that takes <c>$after</c> and <c>$page</c> page by page, each page continuing after the last <c>id</c>.</summary>
    private async IAsyncEnumerable<Neo4jRecord> PagesAsync(string statement, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = _client.Options.PageSize;
        var after = "";
        while (true)
        {
            var records = (await _client.RunAsync(new Neo4jStatement(statement, Parameters(("after", after), ("page", pageSize))), cancellationToken)).Records;
            foreach (var record in records)
            {
                yield return record;
            }

            if (records.Count < pageSize)
            {
                yield break;
            }

            after = records[^1].GetString("id");
        }
    }
}
