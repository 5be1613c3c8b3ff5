using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The production store: the graph in Neo4j, reached over the HTTP Query API. Each ingest batch is one explicit transaction
/// that writes nodes, then events, then recounts the touched summary relationships from their events in Cypher.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
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
    /// <remarks>
    /// Events whose article id differs from their article's, or whose confidence is outside [0, 1], are an <see cref="ArgumentException"/>.
    /// A batch too large for the server's transaction memory is stored in halves, each atomic; an article is never split.
    /// </remarks>
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
        return await IngestValidatedAsync(batch, cancellationToken);
    }

    /// <summary>
    /// Writes a batch in one transaction; when Neo4j runs out of transaction memory the batch is not tried again whole
    /// but split in halves, each its own transaction, down to single articles.
    /// </summary>
    private async Task<IngestReport> IngestValidatedAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(item => item.Article.Id).Distinct(StringComparer.Ordinal).ToList();
        var reserve = batch.Sum(item => item.Events.Count);
        try
        {
            var (plan, relations) = await _client.ExecuteWriteAsync(
                (transaction, token) => WriteBatchAsync(transaction, batch, ids, reserve, token), cancellationToken);
            Log.Ingested(_logger, plan.Report.ArticlesNew, plan.Report.ArticlesSkipped, plan.Report.ArticlesReplaced, plan.Report.EventsStored, relations);
            return plan.Report;
        }
        catch (Neo4jException exception) when (exception.IsMemoryLimit && batch.Count > 1)
        {
            var half = batch.Count / 2;
            Log.SplittingBatch(_logger, exception.Code, batch.Count, half, batch.Count - half);
            var first = await IngestValidatedAsync([.. batch.Take(half)], cancellationToken);
            var second = await IngestValidatedAsync([.. batch.Skip(half)], cancellationToken);
            return first.Add(second);
        }
        catch (Neo4jException exception) when (exception.IsMemoryLimit)
        {
            throw new Neo4jException(exception.Code, exception.ServerMessage,
                $"Neo4j ({_client.Options.Uri}) ran out of transaction memory storing article '{batch[0].Article.Id}' alone ({batch[0].Events.Count} events); "
                + $"raise db.memory.transaction.total.max or db.memory.transaction.max on the server. Nothing of it was stored. Neo4j said: {exception.ServerMessage}", exception);
        }
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
        // Relations that lose events (a changed article) are recounted from their events; the rest only gain events and
        // are updated from the batch's rows without reading what is stored.
        var recounted = new HashSet<RelationKey>();
        if (plan.Replaced.Count > 0)
        {
            var forgotten = await transaction.RunAsync(new Neo4jStatement(IngestCypher.ForgetEvents, Parameters(("ids", plan.Replaced))), cancellationToken);
            foreach (var row in forgotten.Records)
            {
                recounted.Add(new RelationKey(new ActorId(row.GetString("source")), new ActorId(row.GetString("target")), RelationTypes.Parse(row.GetString("type"))));
            }
        }

        await RunRowsAsync(transaction, IngestCypher.Actors, plan.Actors, cancellationToken);
        await RunRowsAsync(transaction, IngestCypher.Articles, plan.Articles, cancellationToken);
        await RunRowsAsync(transaction, IngestCypher.Events, plan.Events, cancellationToken);
        foreach (var group in recounted.GroupBy(key => key.Type).OrderBy(group => group.Key))
        {
            await RecountAsync(transaction.RunAsync, group.Key, group, cancellationToken);
        }

        var deltas = SummaryDelta.Of(plan.Events, recounted);
        foreach (var group in deltas.GroupBy(pair => pair.Key.Type).OrderBy(group => group.Key))
        {
            await RunRowsAsync(transaction, IngestCypher.Add(group.Key), [.. group.OrderBy(pair => pair.Key.Source).ThenBy(pair => pair.Key.Target).Select(pair => pair.Value)], cancellationToken);
        }

        return (plan, recounted.Count + deltas.Count);
    }

    /// <summary>Recounts relations of one type from their events, in chunks.</summary>
    private static async Task RecountAsync(
        Func<Neo4jStatement, CancellationToken, Task<Neo4jResponse>> run, PloverType type, IEnumerable<RelationKey> keys, CancellationToken cancellationToken)
    {
        var statement = IngestCypher.Recount(type);
        foreach (var chunk in keys.Select(RecountRowOf).Chunk(RowsPerStatement))
        {
            await run(new Neo4jStatement(statement, Parameters(("keys", chunk), ("relType", RelationTypes.Of(type)))), cancellationToken);
        }
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
