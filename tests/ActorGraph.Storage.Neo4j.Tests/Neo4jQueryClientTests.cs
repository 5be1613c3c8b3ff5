using System.Text;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Tests.Wire;

namespace ActorGraph.Storage.Neo4j.Tests;

public sealed class Neo4jQueryClientTests : IAsyncLifetime
{
    private readonly FakeNeo4jServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Run_posts_the_statement_and_parameters_as_json_to_the_database_query_endpoint()
    {
        using var client = Clients.Create(Clients.Options(_server));

        await client.RunAsync(new Neo4jStatement("MATCH (a:Actor {id: $id}) RETURN a.name AS name", new Dictionary<string, object?> { ["id"] = "country/RUS", ["n"] = 3 }));

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("MATCH (a:Actor {id: $id}) RETURN a.name AS name", request.Statement);
        Assert.Equal("country/RUS", request.Parameter("id").GetString());
        Assert.Equal(3, request.Parameter("n").GetInt32());
    }

    [Fact]
    public async Task Statement_without_parameters_sends_no_parameters_member()
    {
        using var client = Clients.Create(Clients.Options(_server));

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Equal("""{"statement":"RETURN 1"}""", _server.Requests[0].Body);
    }

    [Fact]
    public async Task Run_reads_fields_and_values_of_a_plain_json_result()
    {
        _server.Enqueue(FakeReply.Rows(["name", "aliases", "born"], ["Russia", new[] { "RUS", "Moscow" }, "2024-03-01"]));
        using var client = Clients.Create(Clients.Options(_server));

        var response = await client.RunAsync(new Neo4jStatement("RETURN 1"));

        var record = Assert.Single(response.Records);
        Assert.Equal("Russia", record.GetString("name"));
        Assert.Equal(["RUS", "Moscow"], record.GetStrings("aliases"));
        Assert.Equal(new DateOnly(2024, 3, 1), record.GetDate("born"));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], response.Bookmarks);
    }

    [Fact]
    public async Task User_and_password_are_sent_as_basic_authorization()
    {
        using var client = Clients.Create(Clients.Options(_server));

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), _server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task Token_is_sent_as_bearer_authorization()
    {
        using var client = Clients.Create(Clients.Options(_server) with { User = null, Password = null, Token = "eyJhbGciOi.token" });

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Equal("Bearer eyJhbGciOi.token", _server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task No_credentials_send_no_authorization()
    {
        using var client = Clients.Create(Clients.Options(_server) with { User = null, Password = null });

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Null(_server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task Database_and_base_path_form_the_endpoint()
    {
        using var client = Clients.Create(Clients.Options(_server) with { Uri = new Uri(_server.Uri, "neo4j-proxy"), Database = "news.2024" });

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Equal("/neo4j-proxy/db/news.2024/query/v2", _server.Requests[0].Path);
    }

    [Fact]
    public async Task Cypher_error_throws_its_code_and_message_and_is_not_retried()
    {
        _server.Enqueue(FakeReply.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("MATC (n) RETURN n")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("Invalid input 'MATC'", error.ServerMessage);
        Assert.Contains("Invalid input 'MATC'", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Error_in_a_successful_status_is_still_an_error()
    {
        _server.Enqueue(new FakeReply(202, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}"""));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("CREATE (n)")));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
    }

    [Fact]
    public async Task Transient_error_is_retried_with_growing_backoff_until_it_succeeds()
    {
        _server.Enqueue(
            FakeReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"),
            FakeReply.Error("Neo.TransientError.General.DatabaseUnavailable", "starting"),
            FakeReply.Rows(["ok"], [1]));
        var clock = new InstantTimeProvider();
        using var client = Clients.Create(Clients.Options(_server), clock);

        var response = await client.RunAsync(new Neo4jStatement("RETURN 1 AS ok"));

        Assert.Equal(1, response.Records[0].GetInt32("ok"));
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("RETURN 1 AS ok", r.Statement));
        Assert.Equal([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)], clock.Waits);
    }

    [Fact]
    public async Task Transient_error_past_the_retries_is_store_unavailable_after_bounded_tries()
    {
        _server.Responder = _ => FakeReply.Error("Neo.TransientError.Transaction.LockClientStopped", "stopped");
        var clock = new InstantTimeProvider();
        using var client = Clients.Create(Clients.Options(_server), clock);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal(4, _server.Requests.Count);
        Assert.Equal([10, 20, 25], clock.Waits.Select(w => w.TotalMilliseconds));
        Assert.Equal("Neo.TransientError.Transaction.LockClientStopped", Assert.IsType<Neo4jException>(error.InnerException).Code);
    }

    [Fact]
    public async Task Unauthorized_names_the_server_and_the_user_and_is_not_retried()
    {
        _server.Enqueue(FakeReply.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", status: 401));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal($"Neo4j authentication failed for {_server.Uri} as neo4j: Invalid username or password.", error.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Unauthorized_without_a_body_still_names_the_server_and_the_user()
    {
        _server.Enqueue(FakeReply.Bare(401));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.StartsWith($"Neo4j authentication failed for {_server.Uri} as neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_failure_is_store_unavailable()
    {
        _server.Enqueue(FakeReply.Bare(500));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Database_error_is_store_unavailable_with_its_code_and_is_not_retried()
    {
        _server.Enqueue(FakeReply.Error("Neo.DatabaseError.General.UnknownError", "An unknown error occurred."));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Contains("HTTP 500, Neo.DatabaseError.General.UnknownError: An unknown error occurred.", error.Message, StringComparison.Ordinal);
        Assert.Equal("Neo.DatabaseError.General.UnknownError", Assert.IsType<Neo4jException>(error.InnerException).Code);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Memory_pool_error_on_a_single_statement_is_retried_like_any_transient_error()
    {
        _server.Enqueue(FakeReply.MemoryPoolOutOfMemory(), FakeReply.Rows(["ok"], [1]));
        using var client = Clients.Create(Clients.Options(_server));

        var response = await client.RunAsync(new Neo4jStatement("RETURN 1 AS ok"));

        Assert.Equal(1, response.Records[0].GetInt32("ok"));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Refused_connection_is_store_unavailable()
    {
        var options = Clients.Options(_server) with { Uri = new Uri($"http://127.0.0.1:{FakeNeo4jServer.FreePort()}/") };
        using var client = Clients.Create(options);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.StartsWith($"Neo4j at {options.Uri} cannot be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_answer_past_the_request_timeout_is_store_unavailable()
    {
        _server.Enqueue(FakeReply.Rows() with { Delay = TimeSpan.FromSeconds(5) });
        using var client = Clients.Create(Clients.Options(_server) with { RequestTimeout = TimeSpan.FromMilliseconds(200) });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Contains("did not answer within 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_endpoint_hints_at_the_query_api()
    {
        _server.Enqueue(FakeReply.Bare(404));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal(Neo4jException.UnexpectedResponseCode, error.Code);
        Assert.Contains("Query API", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_that_is_not_json_is_an_unexpected_response()
    {
        _server.Enqueue(new FakeReply(200, "<html>proxy login</html>"));
        using var client = Clients.Create(Clients.Options(_server));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal(Neo4jException.UnexpectedResponseCode, error.Code);
    }

    [Fact]
    public async Task Cancelled_run_is_cancelled_not_unavailable()
    {
        using var client = Clients.Create(Clients.Options(_server));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(new Neo4jStatement("RETURN 1"), cancelled.Token));
    }
}
