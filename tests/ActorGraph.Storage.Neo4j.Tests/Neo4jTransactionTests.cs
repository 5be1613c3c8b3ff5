using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Tests.Wire;

namespace ActorGraph.Storage.Neo4j.Tests;

public sealed class Neo4jTransactionTests : IAsyncLifetime
{
    private readonly FakeNeo4jServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Transaction_opens_with_its_first_statement_and_echoes_the_affinity_header_until_commit()
    {
        _server.Responder = _ => FakeReply.InTransaction("lyU", "MTAuOC41Ljc6MTc0NzQ=");
        using var client = Clients.Create(Clients.Options(_server));
        await using var transaction = client.BeginTransaction();

        await transaction.RunAsync(new Neo4jStatement("CREATE (a:Actor {id: $id})", new Dictionary<string, object?> { ["id"] = "country/RUS" }));
        await transaction.RunAsync(new Neo4jStatement("CREATE (a:Actor {id: $id})", new Dictionary<string, object?> { ["id"] = "country/UKR" }));
        await transaction.CommitAsync();

        var requests = _server.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Header("neo4j-cluster-affinity"));
        Assert.All(requests.Skip(1), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Header("neo4j-cluster-affinity")));
        Assert.All(requests, r => Assert.StartsWith("Basic ", r.Header("Authorization"), StringComparison.Ordinal));
        Assert.Equal(["country/RUS", "country/UKR"], requests.Take(2).Select(r => r.Parameter("id").GetString()));
        Assert.Equal(("lyU", "MTAuOC41Ljc6MTc0NzQ="), (transaction.Id, transaction.ClusterAffinity));
    }

    [Fact]
    public async Task Expired_transaction_on_commit_says_it_expired_and_nothing_was_stored()
    {
        _server.Enqueue(FakeReply.InTransaction("lyU", "aff"));
        _server.Enqueue(FakeReply.TransactionNotFound("lyU"));
        using var client = Clients.Create(Clients.Options(_server));
        await using var transaction = client.BeginTransaction();
        await transaction.RunAsync(new Neo4jStatement("CREATE (n)"));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => transaction.CommitAsync());

        Assert.True(error.IsTransactionNotFound);
        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.Contains("Neo4j transaction 'lyU'", error.Message, StringComparison.Ordinal);
        Assert.Contains("before it could commit", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing it wrote was stored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transaction_not_found_on_a_later_statement_says_so()
    {
        _server.Enqueue(FakeReply.InTransaction("lyU", "aff"));
        _server.Enqueue(FakeReply.TransactionNotFound("lyU"));
        using var client = Clients.Create(Clients.Options(_server));
        await using var transaction = client.BeginTransaction();
        await transaction.RunAsync(new Neo4jStatement("CREATE (n)"));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync(new Neo4jStatement("CREATE (m)")));

        Assert.True(error.IsTransactionNotFound);
        Assert.Contains("before it could run a statement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back_with_the_affinity_header()
    {
        _server.Responder = _ => FakeReply.InTransaction("tx9", "aff9");
        using var client = Clients.Create(Clients.Options(_server));

        await using (var transaction = client.BeginTransaction())
        {
            await transaction.RunAsync(new Neo4jStatement("CREATE (n)"));
        }

        var rollback = _server.Requests[^1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx9", "aff9"), (rollback.Method, rollback.Path, rollback.Header("neo4j-cluster-affinity")));
    }

    [Fact]
    public async Task Transaction_that_ran_nothing_sends_nothing()
    {
        using var client = Clients.Create(Clients.Options(_server));

        await using (var transaction = client.BeginTransaction())
        {
            await transaction.CommitAsync();
        }

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Write_work_meeting_a_transient_error_is_rolled_back_and_run_again_in_a_new_transaction()
    {
        _server.Enqueue(
            FakeReply.InTransaction("t1", "a1"),
            FakeReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"),
            FakeReply.InTransaction("t2", "a2"),
            FakeReply.InTransaction("t2", "a2"),
            FakeReply.InTransaction("t2", "a2"));
        var clock = new InstantTimeProvider();
        using var client = Clients.Create(Clients.Options(_server), clock);
        var runs = 0;

        var result = await client.ExecuteWriteAsync(async (transaction, token) =>
        {
            runs++;
            await transaction.RunAsync(new Neo4jStatement("CREATE (a)"), token);
            await transaction.RunAsync(new Neo4jStatement("CREATE (b)"), token);
            return "done";
        });

        Assert.Equal(("done", 2), (result, runs));
        Assert.Equal(
            ["/tx", "/tx/t1", "/tx", "/tx/t2", "/tx/t2/commit"],
            _server.Requests.Select(r => r.Path["/db/neo4j/query/v2".Length..]));
        Assert.Single(clock.Waits);
    }

    [Fact]
    public async Task Write_work_meeting_a_cypher_error_is_not_run_again()
    {
        _server.Enqueue(FakeReply.InTransaction("t1", "a1"), FakeReply.Error("Neo.ClientError.Statement.SyntaxError", "bad"));
        using var client = Clients.Create(Clients.Options(_server));

        await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteWriteAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(new Neo4jStatement("CREATE (a)"), token);
            await transaction.RunAsync(new Neo4jStatement("CREAT (b)"), token);
            return 0;
        }));

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Write_work_failing_in_the_client_rolls_the_transaction_back()
    {
        _server.Responder = _ => FakeReply.InTransaction("t1", "a1");
        using var client = Clients.Create(Clients.Options(_server));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ExecuteWriteAsync<int>(async (transaction, token) =>
        {
            await transaction.RunAsync(new Neo4jStatement("CREATE (a)"), token);
            throw new InvalidOperationException("client-side failure");
        }));

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t1", $"{_server.Requests[^1].Method} {_server.Requests[^1].Path}");
    }

    [Fact]
    public async Task Transient_errors_past_the_retries_leave_the_work_unavailable()
    {
        _server.Responder = _ => FakeReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        using var client = Clients.Create(Clients.Options(_server) with { MaxRetries = 1 });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.ExecuteWriteAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(new Neo4jStatement("CREATE (a)"), token);
            return 0;
        }));

        Assert.Equal(2, _server.Requests.Count);
    }
}
