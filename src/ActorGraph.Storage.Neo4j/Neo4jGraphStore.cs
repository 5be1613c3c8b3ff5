using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Reading;
using ActorGraph.Storage.Neo4j.Traversal;
using ActorGraph.Storage.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The production store: the graph in Neo4j, reached over the HTTP Query API. Each ingest batch is one explicit transaction
/// that writes nodes, then events, then recounts the touched summary relationships from their events in Cypher.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>The most rows one statement carries; bigger batches are sent in several statements of the same transaction.</summary>
    private const int RowsPerStatement = 1000;

    private readonly Neo4jQueryClient _client;
    private readonly bool _ownsClient;
    private readonly ILogger _logger;
    private bool _disposed;

    private Neo4jGraphStore(Neo4jQueryClient client, bool ownsClient, ILogger logger)
    {
        _client = client;
        _ownsClient = ownsClient;
        _logger = logger;
    }

    /// <summary>The client the store sends its statements through.</summary>
    public Neo4jQueryClient Client => _client;

    /// <summary>Connects with the given options, creating the constraints and indexes the store needs if they are missing.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message names the setting.</exception>
    /// <exception cref="Neo4jException">Neo4j refused the credentials or the schema statements.</exception>
    /// <exception cref="StoreUnavailableException">The server cannot be reached.</exception>
    /// <exception cref="StoreFormatException">The database was written by a newer ActorGraph.</exception>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, ILoggerFactory? loggers = null, CancellationToken cancellationToken = default)
    {
        var client = Neo4jQueryClient.Create(options, loggers: loggers);
        try
        {
            return await OpenAsync(client, ownsClient: true, loggers?.CreateLogger<Neo4jGraphStore>(), cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Opens the store over a client the caller owns and keeps owning.</summary>
    /// <inheritdoc cref="OpenAsync(Neo4jOptions, ILoggerFactory?, CancellationToken)" path="/exception"/>
    public static Task<Neo4jGraphStore> OpenAsync(Neo4jQueryClient client, ILogger<Neo4jGraphStore>? logger = null, CancellationToken cancellationToken = default) =>
        OpenAsync(client, ownsClient: false, logger, cancellationToken);

    private static async Task<Neo4jGraphStore> OpenAsync(Neo4jQueryClient client, bool ownsClient, ILogger? logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var statement in Schema.Statements)
        {
            await client.RunAsync(new Neo4jStatement(statement), cancellationToken);
        }

        var marker = (await client.RunAsync(new Neo4jStatement(Schema.Marker, Parameters(("key", Schema.MarkerKey), ("schema", Schema.Version))), cancellationToken)).Records;
        var version = marker.Count == 1 ? marker[0].GetInt64("schema") : 0;
        if (version > Schema.Version)
        {
            throw new StoreFormatException(
                $"Database '{client.Options.Database}' at {client.Options.Uri} was written by a newer ActorGraph (schema version {version}; this build reads up to {Schema.Version}). Upgrade actorgraph to open it.");
        }

        var store = new Neo4jGraphStore(client, ownsClient, logger ?? NullLogger.Instance);
        Log.Opened(store._logger, client.Options.Uri, client.Options.Database, version);
        return store;
    }

    /// <inheritdoc />
    /// <remarks>Events whose article id differs from their article's, or whose confidence is outside [0, 1], are an <see cref="ArgumentException"/>.</remarks>
    public async Task<IngestReport> IngestAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (batch.Count == 0)
        {
            return IngestReport.Empty;
        }

        BatchValidation.ThrowIfInvalid(batch);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = batch.Select(item => item.Article.Id).Distinct(StringComparer.Ordinal).ToList();
        var reserve = batch.Sum(item => item.Events.Count);
        var (plan, recounted) = await _client.ExecuteWriteAsync(
            (transaction, token) => WriteBatchAsync(transaction, batch, ids, reserve, token), cancellationToken);
        Log.Ingested(_logger, plan.Report.ArticlesNew, plan.Report.ArticlesSkipped, plan.Report.ArticlesReplaced, plan.Report.EventsStored, recounted);
        return plan.Report;
    }

    private static async Task<(IngestPlan Plan, int Recounted)> WriteBatchAsync(
        Neo4jTransaction transaction, IReadOnlyList<ExtractedArticle> batch, List<string> ids, int reserve, CancellationToken cancellationToken)
    {
        var begin = (await transaction.RunAsync(new Neo4jStatement(IngestCypher.Begin,
            Parameters(("key", Schema.MarkerKey), ("schema", Schema.Version), ("reserve", reserve), ("ids", ids))), cancellationToken)).Records;
        if (begin.Count != ids.Count)
        {
            throw new InvalidDataException($"Neo4j answered {begin.Count} rows for the {ids.Count} articles of the batch.");
        }

        var stored = begin.Where(r => !r.IsNull("hash")).ToDictionary(r => r.GetString("id"), r => r.GetString("hash"), StringComparer.Ordinal);
        var plan = IngestPlan.Build(batch, stored, begin[0].GetInt64("base") + 1);
        var touched = new HashSet<RelationKey>(plan.Touched);
        if (plan.Replaced.Count > 0)
        {
            var forgotten = await transaction.RunAsync(new Neo4jStatement(IngestCypher.ForgetEvents, Parameters(("ids", plan.Replaced))), cancellationToken);
            foreach (var row in forgotten.Records)
            {
                touched.Add(new RelationKey(new ActorId(row.GetString("source")), new ActorId(row.GetString("target")), RelationTypes.Parse(row.GetString("type"))));
            }
        }

        await RunRowsAsync(transaction, IngestCypher.Actors, plan.Actors, cancellationToken);
        await RunRowsAsync(transaction, IngestCypher.Articles, plan.Articles, cancellationToken);
        await RunRowsAsync(transaction, IngestCypher.Events, plan.Events, cancellationToken);
        foreach (var group in touched.GroupBy(key => key.Type).OrderBy(group => group.Key))
        {
            var statement = IngestCypher.Recount(group.Key);
            foreach (var chunk in group.Select(RecountRowOf).Chunk(RowsPerStatement))
            {
                await transaction.RunAsync(new Neo4jStatement(statement, Parameters(("keys", chunk), ("relType", RelationTypes.Of(group.Key)))), cancellationToken);
            }
        }

        return (plan, touched.Count);
    }

    private static RecountRow RecountRowOf(RelationKey key)
    {
        var (source, target) = (key.Source.Value, key.Target.Value);
        return new RecountRow(source, target, key.Type.IsSymmetric() && source != target ? [[source, target], [target, source]] : [[source, target]]);
    }

    private static async Task RunRowsAsync<T>(Neo4jTransaction transaction, string statement, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            await transaction.RunAsync(new Neo4jStatement(statement, Parameters(("rows", chunk))), cancellationToken);
        }
    }

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
        var statement = ReadCypher.Events(query);
        var types = query.Types is { Count: > 0 } wanted ? wanted.Distinct().Select(RelationTypes.Of).ToList() : null;
        var remaining = query.Limit;
        (DateOnly? Date, long Seq) cursor = (null, 0);
        while (remaining > 0)
        {
            var page = Math.Min(remaining, _client.Options.PageSize);
            var response = await _client.RunAsync(new Neo4jStatement(statement, Parameters(
                ("source", query.Source?.Value), ("target", query.Target?.Value), ("types", types),
                ("since", query.Since), ("until", query.Until),
                ("cursorDate", cursor.Date), ("cursorSeq", cursor.Seq), ("limit", page))), cancellationToken);
            var records = response.Records;
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

    /// <summary>
    /// Neo4j-only extra: the actors within <paramref name="depth"/> hops of an actor over summary edges of the given types
    /// (either direction), following only edges with an event in the window; one Cypher step per hop, run in the server.
    /// </summary>
    /// <param name="actorId">The centre.</param>
    /// <param name="depth">How many hops, 1 to 15.</param>
    /// <param name="types">The edge types to follow; null or empty for all.</param>
    /// <param name="since">Follow only edges with an event on or after this date.</param>
    /// <param name="until">Follow only edges with an event on or before this date.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The neighbourhood, or null when the actor is not stored.</returns>
    public async Task<Neo4jNeighbourhood?> NeighbourhoodAsync(ActorId actorId, int depth, IReadOnlyCollection<PloverType>? types = null,
        DateOnly? since = null, DateOnly? until = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, ReadCypher.MaxHops);
        if (since > until)
        {
            throw new ArgumentException($"The window starts ({since:yyyy-MM-dd}) after it ends ({until:yyyy-MM-dd}).", nameof(since));
        }

        var statement = ReadCypher.NeighbourhoodStep(types);
        var window = Parameters(
            ("windowed", since is not null || until is not null),
            ("fromStamp", since is { } first ? new EventStamp(first, Modality.Asserted).Packed : int.MinValue),
            ("toStamp", until is { } last ? new EventStamp(last, Modality.Hypothetical).Packed : int.MaxValue));
        var distances = new Dictionary<ActorId, int> { [actorId] = 0 };
        var edges = new Dictionary<RelationKey, RelationSummary>();
        List<string> frontier = [actorId.Value];
        for (var hop = 1; hop <= depth && frontier.Count > 0; hop++)
        {
            window["frontier"] = frontier;
            var records = (await _client.RunAsync(new Neo4jStatement(statement, window), cancellationToken)).Records;
            if (hop == 1 && records.Count == 0)
            {
                return null;
            }

            frontier = [];
            foreach (var record in records.Where(r => !r.IsNull("edge")))
            {
                var edge = Rows.Relation(record["edge"]);
                edges.TryAdd(edge.Key, edge);
                var reached = new ActorId(record.GetString("toId"));
                if (distances.TryAdd(reached, hop))
                {
                    frontier.Add(reached.Value);
                }
            }
        }

        return new Neo4jNeighbourhood(
            actorId,
            [.. distances.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key).Select(pair => new Neo4jNeighbour(pair.Key, pair.Value))],
            [.. edges.Values.OrderBy(e => e.Source).ThenBy(e => e.Target).ThenBy(e => e.Type)]);
    }

    /// <summary>
    /// Neo4j-only extra: one shortest path between two actors over summary edges of the given types, either direction,
    /// found by Cypher's <c>shortestPath</c> in the server.
    /// </summary>
    /// <param name="from">Where the path starts.</param>
    /// <param name="to">Where it ends.</param>
    /// <param name="types">The edge types to follow; null or empty for all.</param>
    /// <param name="maxHops">The longest path wanted, 1 to 15.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The path, or null when either actor is not stored or no path is short enough.</returns>
    public async Task<Neo4jPath?> ShortestPathAsync(ActorId from, ActorId to, IReadOnlyCollection<PloverType>? types = null, int maxHops = 6,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, ReadCypher.MaxHops);
        var statement = ReadCypher.ShortestPath(types);
        if (from == to)
        {
            var exists = await _client.RunAsync(new Neo4jStatement(ReadCypher.ActorExists, Parameters(("id", from.Value))), cancellationToken);
            return exists.Data?.Values.Count > 0 ? new Neo4jPath([from], []) : null;
        }

        var records = (await _client.RunAsync(new Neo4jStatement(statement, Parameters(("fromId", from.Value), ("toId", to.Value), ("maxHops", maxHops))), cancellationToken)).Records;
        if (records.Count == 0)
        {
            return null;
        }

        var path = records[0];
        return new Neo4jPath(
            [.. path.GetStrings("actors").Select(id => new ActorId(id))],
            [.. path["edges"].EnumerateArray().Select(Rows.Relation)]);
    }

    /// <summary>Releases the HTTP connection if the store created its client; calls after this throw <see cref="ObjectDisposedException"/>.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            if (_ownsClient)
            {
                _client.Dispose();
            }
        }

        return ValueTask.CompletedTask;
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

    private static Dictionary<string, object?> Parameters(params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var map = new Dictionary<string, object?>(parameters.Length, StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map.Add(name, value);
        }

        return map;
    }
}
