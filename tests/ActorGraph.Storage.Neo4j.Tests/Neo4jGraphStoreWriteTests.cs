using System.Text.RegularExpressions;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Tests.Wire;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>What the store sends to write: schema on open, then one explicit transaction per batch.</summary>
public sealed partial class Neo4jGraphStoreWriteTests : IAsyncLifetime
{
    private const string Evil = "Evil\"`}) // MATCH (n) DETACH DELETE n";

    private readonly FakeNeo4jServer _server = new();
    private readonly StoreScript _script = new();
    private Neo4jQueryClient? _client;

    public Task InitializeAsync()
    {
        _server.Responder = _script.Answer;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Open_creates_uniqueness_constraints_and_indexes_before_the_store_marker()
    {
        await OpenAsync();

        var statements = _server.Statements;
        Assert.Equal(7, statements.Count);
        Assert.All(statements.Take(4), s => Assert.Matches(@"^CREATE CONSTRAINT actorgraph_\w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.\w+ IS UNIQUE$", s));
        Assert.All(statements.Skip(4).Take(2), s => Assert.StartsWith("CREATE INDEX", s, StringComparison.Ordinal));
        Assert.StartsWith("MERGE (m:ActorGraphStore {key: $key})", statements[6], StringComparison.Ordinal);
        Assert.All(_server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
    }

    [Fact]
    public async Task Open_refuses_a_database_written_by_a_newer_schema()
    {
        _script.SchemaVersion = 99;

        var error = await Assert.ThrowsAsync<StoreFormatException>(OpenAsync);

        Assert.Contains("newer ActorGraph (schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_is_one_explicit_transaction_writing_nodes_before_events_then_summaries()
    {
        await using var store = await OpenAsync();
        var opened = _server.Requests.Count;

        var report = await store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR"),
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Threaten, sentence: 1))]);

        Assert.Equal(new IngestReport(1, 0, 0, 2), report);
        var requests = _server.Requests.Skip(opened).ToList();
        Assert.Equal(
            ["/tx", "/tx/lyU", "/tx/lyU", "/tx/lyU", "/tx/lyU", "/tx/lyU", "/tx/lyU/commit"],
            requests.Select(r => r.Path["/db/neo4j/query/v2".Length..]));
        Assert.All(requests.Skip(1), r => Assert.Equal(StoreScript.Affinity, r.Header("neo4j-cluster-affinity")));
        Assert.Equal(
            ["MERGE (m:ActorGraphStore", "MERGE (a:Actor", "MERGE (a:Article", "MATCH (article:Article", "MERGE (s)-[r:THREATEN]", "MERGE (s)-[r:ASSAULT]"],
            requests.SkipLast(1).Select(r => FirstWrite(r.Statement!)));
    }

    [Fact]
    public async Task New_events_update_their_summaries_from_the_batch_without_reading_stored_events()
    {
        await using var store = await OpenAsync();

        await store.IngestAsync([
            Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", date: "2024-02-10"), Some.Event("a1", "country/RUS", "country/UKR", date: "2024-01-05", sentence: 1)),
            Some.Article("a2", Some.Event("a2", "country/RUS", "country/UKR", date: "2024-03-01")),
        ]);

        var add = Request("MERGE (s)-[r:ASSAULT]->(t)");
        Assert.DoesNotContain("Event", add.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Statements, s => s.StartsWith("UNWIND $keys", StringComparison.Ordinal));
        var row = Assert.Single(add.Parameter("rows").EnumerateArray());
        Assert.Equal(("country/RUS", "country/UKR", 3, 2), (row.GetProperty("source").GetString(), row.GetProperty("target").GetString(), row.GetProperty("events").GetInt32(), row.GetProperty("articles").GetInt32()));
        Assert.Equal(("2024-01-05", "2024-03-01"), (row.GetProperty("first").GetString(), row.GetProperty("last").GetString()));
        Assert.Equal(2.25, row.GetProperty("confidenceSum").GetDouble(), 1e-12);
        int[] stamps = [.. new[] { "2024-01-05", "2024-02-10", "2024-03-01" }.Select(d => new EventStamp(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), Modality.Asserted).Packed)];
        Assert.Equal(stamps, row.GetProperty("stamps").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Ingest_merges_on_identity_keys_only()
    {
        await using var store = await OpenAsync();

        await store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR"))]);

        var merges = _server.Statements.SelectMany(s => NodeMerge().Matches(s)).Select(m => m.Groups["pattern"].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["a:Actor {id: row.id}", "a:Article {id: row.id}", "e:Event {id: row.id}", "m:ActorGraphStore {key: $key}"], merges);
    }

    [Fact]
    public async Task Ingest_sends_rows_as_parameters_with_ids_sequence_numbers_and_packed_stamps()
    {
        await using var store = await OpenAsync();
        var article = Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", date: "2024-01-10", sentence: 3));

        await store.IngestAsync([article]);

        var begin = Request("AS base");
        Assert.Equal(["a1"], begin.Parameter("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, begin.Parameter("reserve").GetInt32());
        var articleRow = Request("MERGE (a:Article").Parameter("rows")[0];
        Assert.Equal((article.Article.ContentHash, "2024-03-01"), (articleRow.GetProperty("contentHash").GetString(), articleRow.GetProperty("published").GetString()));
        var eventRow = Request("MATCH (article:Article").Parameter("rows")[0];
        Assert.Equal("a1#0", eventRow.GetProperty("id").GetString());
        Assert.Equal(42, eventRow.GetProperty("seq").GetInt64());
        Assert.Equal(("ASSAULT", "asserted", "day"), (eventRow.GetProperty("type").GetString(), eventRow.GetProperty("modality").GetString(), eventRow.GetProperty("datePrecision").GetString()));
        Assert.Equal(new EventStamp(new DateOnly(2024, 1, 10), Modality.Asserted).Packed, eventRow.GetProperty("stamp").GetInt32());
        Assert.Equal(("2024-01-10", 3, 0.75), (eventRow.GetProperty("date").GetString(), eventRow.GetProperty("sentenceIndex").GetInt32(), eventRow.GetProperty("confidence").GetDouble()));
        var actors = Request("MERGE (a:Actor").Parameter("rows").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(("RUS", "state", "RUS"), (actors["country/RUS"].GetProperty("name").GetString(), actors["country/RUS"].GetProperty("kind").GetString(), actors["country/RUS"].GetProperty("country").GetString()));
    }

    [Fact]
    public async Task Actor_name_full_of_cypher_travels_only_as_a_parameter()
    {
        await using var store = await OpenAsync();
        var evil = Some.Actor("person/evil", Evil);

        await store.IngestAsync([Some.Article("a1", Some.Event("a1", evil, Some.Actor("country/UKR")))]);

        Assert.All(_server.Statements, s => Assert.DoesNotContain("Evil", s, StringComparison.Ordinal));
        Assert.All(_server.Statements, s => Assert.DoesNotMatch("['\"]", s));
        var actors = Request("MERGE (a:Actor").Parameter("rows").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "person/evil");
        Assert.Equal(Evil, actors.GetProperty("name").GetString());
        Assert.Equal([Evil], actors.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Article_with_a_stored_hash_is_skipped_and_nothing_is_written()
    {
        await using var store = await OpenAsync();
        var article = Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR"));
        _script.StoredHashes["a1"] = article.Article.ContentHash;
        var opened = _server.Requests.Count;

        var report = await store.IngestAsync([article]);

        Assert.Equal(new IngestReport(0, 1, 0, 0), report);
        Assert.Equal(["/tx", "/tx/lyU/commit"], _server.Requests.Skip(opened).Select(r => r.Path["/db/neo4j/query/v2".Length..]));
    }

    [Fact]
    public async Task Changed_article_recounts_the_relations_its_old_events_left_and_adds_to_the_others()
    {
        await using var store = await OpenAsync();
        _script.StoredHashes["a1"] = "old-hash";
        _script.Forgotten.Add(["country/RUS", "country/UKR", "ASSAULT"]);

        var report = await store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Threaten), Some.Event("a1", "country/RUS", "country/UKR", sentence: 1))]);

        Assert.Equal(new IngestReport(0, 0, 1, 2), report);
        Assert.Equal(["a1"], Request("DETACH DELETE e").Parameter("ids").EnumerateArray().Select(e => e.GetString()));
        var recount = Request("UNWIND $keys");
        Assert.Equal("ASSAULT", recount.Parameter("relType").GetString());
        Assert.Contains("MERGE (s)-[r:ASSAULT]->(t)", recount.Statement, StringComparison.Ordinal);
        Assert.Single(_server.Statements, s => s.Contains("MERGE (s)-[r:THREATEN]->(t)", StringComparison.Ordinal) && s.StartsWith("UNWIND $rows", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Statements, s => s.Contains("MERGE (s)-[r:ASSAULT]->(t)", StringComparison.Ordinal) && s.StartsWith("UNWIND $rows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Symmetric_relation_gains_the_events_of_both_directions_once()
    {
        await using var store = await OpenAsync();

        await store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/USA", "country/CHN", PloverType.Consult),
            Some.Event("a1", "country/CHN", "country/USA", PloverType.Consult, sentence: 1))]);

        var row = Assert.Single(Request("MERGE (s)-[r:CONSULT]->(t)").Parameter("rows").EnumerateArray());
        Assert.Equal(("country/CHN", "country/USA", 2), (row.GetProperty("source").GetString(), row.GetProperty("target").GetString(), row.GetProperty("events").GetInt32()));
    }

    [Fact]
    public async Task Symmetric_relation_is_recounted_once_from_both_directions()
    {
        await using var store = await OpenAsync();
        _script.StoredHashes["a1"] = "old-hash";
        _script.Forgotten.Add(["country/USA", "country/CHN", "CONSULT"]);

        await store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR"))]);

        var key = Assert.Single(Request("UNWIND $keys").Parameter("keys").EnumerateArray());
        Assert.Equal(("country/CHN", "country/USA"), (key.GetProperty("source").GetString(), key.GetProperty("target").GetString()));
        Assert.Equal(
            ["country/CHN>country/USA", "country/USA>country/CHN"],
            key.GetProperty("pairs").EnumerateArray().Select(p => $"{p[0].GetString()}>{p[1].GetString()}"));
    }

    [Fact]
    public async Task Invalid_batch_is_rejected_before_anything_is_sent()
    {
        await using var store = await OpenAsync();
        var opened = _server.Requests.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => store.IngestAsync([
            Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR")),
            Some.Article("a2", Some.Event("not-a2", "country/RUS", "country/UKR")),
        ]));

        Assert.Equal(opened, _server.Requests.Count);
    }

    [Fact]
    public async Task Transient_error_in_the_middle_of_a_batch_runs_the_whole_batch_again()
    {
        await using var store = await OpenAsync();
        var failed = false;
        _server.Responder = request =>
        {
            if (!failed && request.Statement?.StartsWith("UNWIND $rows AS row\nMATCH (article", StringComparison.Ordinal) == true)
            {
                failed = true;
                return FakeReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
            }

            return _script.Answer(request);
        };

        var report = await store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR"))]);

        Assert.Equal(new IngestReport(1, 0, 0, 1), report);
        Assert.Equal(2, _server.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)));
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transaction_expired_before_commit_fails_the_ingest_with_a_clear_error()
    {
        await using var store = await OpenAsync();
        _server.Responder = request => request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? FakeReply.TransactionNotFound(StoreScript.TransactionId)
            : _script.Answer(request);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR"))]));

        Assert.True(error.IsTransactionNotFound);
        Assert.Contains("server.queryapi.transaction_idle_timeout", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Memory_error_splits_the_batch_instead_of_running_it_again_whole()
    {
        await using var store = await OpenAsync();
        AnswerEventWrites(request => request.Parameter("rows").EnumerateArray().Select(r => r.GetProperty("article").GetString()).Distinct().Count() > 1
            ? FakeReply.MemoryPoolOutOfMemory()
            : null);

        var report = await store.IngestAsync([
            Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR")),
            Some.Article("a2", Some.Event("a2", "country/RUS", "country/UKR")),
            Some.Article("a3", Some.Event("a3", "country/RUS", "country/UKR")),
        ]);

        Assert.Equal(new IngestReport(3, 0, 0, 3), report);
        var begun = _server.Requests.Where(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)).Select(r => string.Join(",", r.Parameter("ids").EnumerateArray().Select(i => i.GetString())));
        Assert.Equal(["a1,a2,a3", "a1", "a2,a3", "a2", "a3"], begun);
        Assert.Equal(3, _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Memory_error_on_one_article_names_it_and_the_server_setting()
    {
        await using var store = await OpenAsync();
        AnswerEventWrites(_ => FakeReply.MemoryPoolOutOfMemory());

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.IngestAsync([Some.Article("huge", Some.Event("huge", "country/RUS", "country/UKR"))]));

        Assert.True(error.IsMemoryLimit);
        Assert.Contains("article 'huge' alone", error.Message, StringComparison.Ordinal);
        Assert.Contains("db.memory.transaction.total.max", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/tx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Database_error_in_a_batch_is_store_unavailable_and_not_run_again()
    {
        await using var store = await OpenAsync();
        AnswerEventWrites(_ => FakeReply.Error("Neo.DatabaseError.Statement.ExecutionFailed", "The database failed to execute the statement."));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR"))]));

        Assert.Contains("Neo.DatabaseError.Statement.ExecutionFailed", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/tx", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Large_batches_are_sent_in_chunks_of_the_same_transaction()
    {
        await using var store = await OpenAsync();
        var events = Enumerable.Range(0, 2500).Select(i => Some.Event("big", "country/RUS", "country/UKR", sentence: i)).ToArray();

        await store.IngestAsync([Some.Article("big", events)]);

        var chunks = _server.Requests.Where(r => r.Statement?.Contains("MATCH (article:Article", StringComparison.Ordinal) == true).ToList();
        Assert.Equal([1000, 1000, 500], chunks.Select(r => r.Parameter("rows").GetArrayLength()));
        Assert.All(chunks, r => Assert.Equal("/db/neo4j/query/v2/tx/lyU", r.Path));
    }

    private async Task<Neo4jGraphStore> OpenAsync()
    {
        _client = Clients.Create(Clients.Options(_server));
        return await Neo4jGraphStore.OpenAsync(_client);
    }

    /// <summary>Answers the event-writing statement with the reply given (the script's answer when it gives null), the rest as scripted.</summary>
    private void AnswerEventWrites(Func<CapturedRequest, FakeReply?> reply) =>
        _server.Responder = request => (request.Statement?.Contains("MATCH (article:Article", StringComparison.Ordinal) == true ? reply(request) : null)
            ?? _script.Answer(request);

    private CapturedRequest Request(string statementPart) =>
        _server.Requests.Single(r => r.Statement?.Contains(statementPart, StringComparison.Ordinal) == true);

    private static string FirstWrite(string statement) =>
        WriteClause().Match(statement) is { Success: true } match ? match.Value : statement;

    [GeneratedRegex(@"MERGE \((?<pattern>\w+:\w+ \{[^}]*\})\)")]
    private static partial Regex NodeMerge();

    [GeneratedRegex(@"MERGE \(\w+:\w+|MATCH \(article:Article|UNWIND \$keys|MERGE \(s\)-\[r:\w+\]")]
    private static partial Regex WriteClause();
}
