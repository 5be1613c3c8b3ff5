using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Storage.Neo4j.Client;

/// <summary>
/// Talks to Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>): runs statements in implicit or explicit transactions,
/// tries <c>Neo.TransientError.*</c> failures again with backoff, and turns every other failure into a clear exception.
/// </summary>
public sealed partial class Neo4jQueryClient : IDisposable
{
    /// <summary>The header that routes every request of an explicit transaction to the cluster member holding it.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Uri _queryUri;
    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>Creates a client over an HTTP client the caller owns (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <param name="http">The HTTP client; its base address is ignored and its own timeout applies, not <see cref="Neo4jOptions.RequestTimeout"/>.</param>
    /// <param name="options">Server, database and credentials; validated here.</param>
    /// <param name="time">The clock that times retry backoff; tests pass one that does not sleep.</param>
    /// <param name="logger">Where retries and rollbacks are logged.</param>
    public Neo4jQueryClient(HttpClient http, Neo4jOptions options, TimeProvider? time = null, ILogger<Neo4jQueryClient>? logger = null)
        : this(http, ownsHttp: false, options, time, logger)
    {
    }

    private Neo4jQueryClient(HttpClient http, bool ownsHttp, Neo4jOptions options, TimeProvider? time, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _ownsHttp = ownsHttp;
        Options = options;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        var root = options.Uri.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
        _authorization = options.Token is { } token
            ? new AuthenticationHeaderValue("Bearer", token)
            : options.User is { } user
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Password}")))
                : null;
    }

    /// <summary>The options the client was made with.</summary>
    public Neo4jOptions Options { get; }

    /// <summary>The address statements are posted to: <c>{Uri}/db/{Database}/query/v2</c>.</summary>
    public Uri QueryUri => _queryUri;

    /// <summary>Creates a client with its own HTTP client (timing out after <see cref="Neo4jOptions.RequestTimeout"/>), which it disposes.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message names the setting.</exception>
    public static Neo4jQueryClient Create(Neo4jOptions options, TimeProvider? time = null, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(); // before the timeout below is applied, so a bad setting is reported by name
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All };
        var http = new HttpClient(handler, disposeHandler: true) { Timeout = options.RequestTimeout };
        return new Neo4jQueryClient(http, ownsHttp: true, options, time, loggers?.CreateLogger<Neo4jQueryClient>());
    }

    /// <summary>Runs one statement in its own (implicit) transaction, trying it again while Neo4j answers a transient error.</summary>
    /// <exception cref="Neo4jException">Neo4j refused the statement or the credentials.</exception>
    /// <exception cref="StoreUnavailableException">The server cannot be reached, failed, or stayed in a transient error past the retries.</exception>
    public Task<Neo4jResponse> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return WithRetriesAsync(async token => (await SendAsync(HttpMethod.Post, "", statement, null, token)).Response, retryMemoryLimit: true, cancellationToken);
    }

    /// <summary>Starts an explicit transaction; it opens on the server with its first statement and rolls back when disposed uncommitted.</summary>
    public Neo4jTransaction BeginTransaction() => new(this, _logger);

    /// <summary>
    /// Runs work in one explicit transaction and commits it. When any request in it meets a transient error the transaction
    /// is rolled back and the whole work runs again (so it must be safe to repeat); any other failure rolls back and throws.
    /// A memory-limit error (<see cref="Neo4jException.IsMemoryLimit"/>) is not tried again: the same work would need the
    /// same memory, so it is thrown for the caller to make the work smaller.
    /// </summary>
    /// <exception cref="Neo4jException">Neo4j refused a statement, the credentials, or the transaction expired.</exception>
    /// <exception cref="StoreUnavailableException">The server cannot be reached, failed, or stayed in a transient error past the retries.</exception>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(async token =>
        {
            await using var transaction = BeginTransaction();
            var result = await work(transaction, token);
            await transaction.CommitAsync(token);
            return result;
        }, retryMemoryLimit: false, cancellationToken);
    }

    /// <summary>Disposes the HTTP client if this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    /// <summary>Sends one request to <see cref="QueryUri"/> plus a path and turns its answer into a response or an exception.</summary>
    internal async Task<(Neo4jResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, Neo4jStatement? statement, string? affinity, CancellationToken cancellationToken, bool jsonBody = true)
    {
        var uri = path.Length == 0 ? _queryUri : new Uri(_queryUri.AbsoluteUri + "/" + path);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (statement is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(statement, Json));
        }
        else if (jsonBody)
        {
            request.Content = new ByteArrayContent([]);
        }

        if (request.Content is not null)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage response;
        byte[] body;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new StoreUnavailableException($"Neo4j at {Options.Uri} cannot be reached: {exception.Message}", exception, StoreFault.Unreachable);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException(
                $"Neo4j at {Options.Uri} did not answer within {_http.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", exception, StoreFault.Unreachable);
        }

        using (response)
        {
            var answer = Parse(response, body);
            var header = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (answer, header ?? affinity);
        }
    }

    /// <summary>Checks an answer: authentication, the errors list, then the status code.</summary>
    private Neo4jResponse Parse(HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        Neo4jResponse? answer = null;
        JsonException? malformed = null;
        if (body.Length > 0)
        {
            try
            {
                answer = JsonSerializer.Deserialize<Neo4jResponse>(body, Json);
            }
            catch (JsonException exception)
            {
                malformed = exception;
            }
        }

        var error = answer?.Errors is { Count: > 0 } errors ? errors[0] : null;
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            var said = error?.Message ?? "the server answered 401 Unauthorized";
            throw new Neo4jException(error?.Code ?? "Neo.ClientError.Security.Unauthorized", said,
                $"Neo4j authentication failed for {Options.Uri} as {Options.Principal}: {said}");
        }

        if (error is not null)
        {
            var refused = new Neo4jException(error.Code, error.Message,
                $"Neo4j ({Options.Uri}, database {Options.Database}) refused the request: {error.Code}: {error.Message}");
            if (refused.IsDatabaseError)
            {
                // The server answers HTTP 500 with the code: the database failed, not the request; it may serve a later one.
                throw new StoreUnavailableException(
                    $"Neo4j at {Options.Uri} (database {Options.Database}) failed: HTTP {status}, {error.Code}: {error.Message}", refused);
            }

            throw refused;
        }

        if (status >= 500)
        {
            throw new StoreUnavailableException($"Neo4j at {Options.Uri} failed: HTTP {status} {response.ReasonPhrase}.", fault: StoreFault.Unreachable);
        }

        if (status is < 200 or >= 300 || malformed is not null)
        {
            var what = status is >= 200 and < 300 ? "an answer that is not Query API JSON" : $"HTTP {status} {response.ReasonPhrase}";
            var hint = response.StatusCode == HttpStatusCode.NotFound
                ? " Is it Neo4j 5.19 or later with the Query API enabled (on by default only from 5.25 on self-managed servers; before that add QUERY_API_ENDPOINTS to server.http_enabled_modules), and does the database exist?"
                : "";
            throw new Neo4jException(Neo4jException.UnexpectedResponseCode, what,
                $"{_queryUri} answered {what}.{hint}", malformed);
        }

        return answer ?? new Neo4jResponse();
    }

    /// <summary>Runs an attempt, and again after a growing delay while it fails with a transient error.</summary>
    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, bool retryMemoryLimit, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (Neo4jException exception) when (exception.IsTransient && (retryMemoryLimit || !exception.IsMemoryLimit))
            {
                if (retry >= Options.MaxRetries)
                {
                    throw new StoreUnavailableException(
                        $"Neo4j at {Options.Uri} still answered {exception.Code} after {retry + 1} tries: {exception.ServerMessage}", exception, StoreFault.Busy);
                }

                var delay = Backoff(retry);
                Log.RetryingTransient(_logger, exception.Code, exception.ServerMessage, delay, retry + 1, Options.MaxRetries);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    /// <summary>The wait before retry number <paramref name="retry"/> + 1: the configured delay, doubled each time, capped.</summary>
    internal TimeSpan Backoff(int retry)
    {
        var ticks = Options.RetryDelay.Ticks * Math.Pow(2, Math.Min(retry, 30));
        return ticks >= Options.MaxRetryDelay.Ticks ? Options.MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
