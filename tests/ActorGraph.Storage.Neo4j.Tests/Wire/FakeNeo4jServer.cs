using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.Tests.Wire;

/// <summary>
/// A real HTTP server on a free loopback port that answers like Neo4j's Query API: scripted replies first, then the
/// <see cref="Responder"/>. It records every request it receives.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<Func<CapturedRequest, FakeReply>> _script = new();
    private readonly List<CapturedRequest> _requests = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeNeo4jServer()
    {
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Uri.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The server's address, to use as <c>Neo4j:Uri</c>.</summary>
    public Uri Uri { get; }

    /// <summary>Answers every request the script does not; by default an empty result.</summary>
    public Func<CapturedRequest, FakeReply> Responder { get; set; } = _ => FakeReply.Rows();

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The statements of every request that carried one, in order.</summary>
    public IReadOnlyList<string> Statements => [.. Requests.Where(r => r.Statement is not null).Select(r => r.Statement!)];

    /// <summary>Answers the next requests with these replies, in order.</summary>
    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            Enqueue(_ => reply);
        }
    }

    /// <summary>Answers the next request with a reply computed from it.</summary>
    public void Enqueue(Func<CapturedRequest, FakeReply> reply)
    {
        lock (_script)
        {
            _script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var request = new CapturedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
        lock (_requests)
        {
            _requests.Add(request);
        }

        Func<CapturedRequest, FakeReply>? scripted = null;
        lock (_script)
        {
            _script.TryDequeue(out scripted);
        }

        var reply = (scripted ?? Responder)(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        var response = context.Response;
        try
        {
            response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            if (bytes.Length > 0)
            {
                response.ContentType = "application/json";
            }

            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client gave up (a timeout test); nothing to answer.
        }
    }

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>A request as the server received it.</summary>
public sealed record CapturedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body as JSON, if it has one.</summary>
    public JsonElement? Json => Body.Length == 0 ? null : JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The Cypher statement, if the body carried one.</summary>
    public string? Statement => Json is { } json && json.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>The parameters, if any.</summary>
    public JsonElement? Parameters => Json is { } json && json.TryGetProperty("parameters", out var p) ? p : null;

    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The parameter of that name.</summary>
    public JsonElement Parameter(string name) => Parameters!.Value.GetProperty(name);
}

/// <summary>A reply in the Query API's documented shapes.</summary>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A successful result: <c>{"data":{"fields":[...],"values":[[...]]},"bookmarks":[...]}</c>.</summary>
    public static FakeReply Rows(string[]? fields = null, params object?[][] rows) => new(202, JsonSerializer.Serialize(new
    {
        data = new { fields = fields ?? [], values = rows },
        bookmarks = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" },
    }, Json));

    /// <summary>A successful result inside an explicit transaction, with its id, expiry and affinity header.</summary>
    public static FakeReply InTransaction(string id, string affinity, string[]? fields = null, params object?[][] rows) => new(202, JsonSerializer.Serialize(new
    {
        data = new { fields = fields ?? [], values = rows },
        bookmarks = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" },
        transaction = new { id, expires = "2030-10-22T15:48:29Z" },
    }, Json), new Dictionary<string, string> { ["neo4j-cluster-affinity"] = affinity });

    /// <summary>
    /// An error: <c>{"errors":[{"code","message"}]}</c>. The status defaults to the one the server sends for the code's
    /// classification: 400 for <c>Neo.ClientError.*</c> and <c>Neo.TransientError.*</c>, 500 for <c>Neo.DatabaseError.*</c>.
    /// </summary>
    public static FakeReply Error(string code, string message, int? status = null) =>
        new(status ?? (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? 500 : 400),
            JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }, Json));

    /// <summary>What Neo4j 5 answers for a transaction id it does not hold (expired, or another cluster member's): 404 with <c>Neo.ClientError.Request.Invalid</c>.</summary>
    public static FakeReply TransactionNotFound(string id) => Error("Neo.ClientError.Request.Invalid",
        $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.", 404);

    /// <summary>What Neo4j answers when the transaction memory pool is exhausted: 400 with the transient <c>Neo.TransientError.General.MemoryPoolOutOfMemoryError</c>.</summary>
    public static FakeReply MemoryPoolOutOfMemory() => Error("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB. Currently using 1023.0 MiB. db.memory.transaction.total.max threshold reached");

    /// <summary>A bare status with no body.</summary>
    public static FakeReply Bare(int status) => new(status, "");
}
