using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j.Client;

/// <summary>
/// An explicit Query API transaction: it opens on the server with its first statement (<c>POST .../tx</c>), sends the rest to
/// <c>.../tx/{id}</c> with the cluster-affinity header the server gave, and rolls back when disposed uncommitted.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly ILogger _logger;
    private bool _closed;

    internal Neo4jTransaction(Neo4jQueryClient client, ILogger logger)
    {
        _client = client;
        _logger = logger;
    }

    /// <summary>The server's id for the transaction, once its first statement ran.</summary>
    public string? Id { get; private set; }

    /// <summary>The cluster member the server pinned the transaction to, sent back with every later request.</summary>
    public string? ClusterAffinity { get; private set; }

    /// <summary>Runs a statement in the transaction, opening it on the first call.</summary>
    /// <exception cref="Neo4jException">Neo4j refused the statement, or the transaction expired; either way the server has closed it.</exception>
    public async Task<Neo4jResponse> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ObjectDisposedException.ThrowIf(_closed, this);
        var opening = Id is null;
        var (response, affinity) = await SendAsync(HttpMethod.Post, opening ? "tx" : $"tx/{Uri.EscapeDataString(Id!)}", statement, "run a statement", cancellationToken);
        if (opening)
        {
            Id = response.Transaction?.Id ?? throw new Neo4jException(Neo4jException.UnexpectedResponseCode, "no transaction id",
                $"{_client.QueryUri}/tx opened a transaction but gave no transaction.id.");
            ClusterAffinity = affinity;
        }

        return response;
    }

    /// <summary>Commits what the transaction wrote; a transaction that ran nothing has nothing to commit.</summary>
    /// <exception cref="Neo4jException">The commit failed or the transaction had expired; nothing it wrote is stored.</exception>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (Id is not null)
        {
            await SendAsync(HttpMethod.Post, $"tx/{Uri.EscapeDataString(Id)}/commit", null, "commit", cancellationToken);
        }

        _closed = true;
    }

    /// <summary>Discards what the transaction wrote (<c>DELETE .../tx/{id}</c>).</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        if (Id is not null)
        {
            await _client.SendAsync(HttpMethod.Delete, $"tx/{Uri.EscapeDataString(Id)}", null, ClusterAffinity, cancellationToken, jsonBody: false);
            Log.RolledBack(_logger, Id);
        }
    }

    /// <summary>Rolls back if neither committed nor rolled back; a failed rollback is only logged, since the server expires the transaction anyway.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is Neo4jException or Core.Storage.StoreUnavailableException)
        {
            Log.RollbackFailed(_logger, Id ?? "", exception);
        }
    }

    private async Task<(Neo4jResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, Neo4jStatement? statement, string action, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(method, path, statement, ClusterAffinity, cancellationToken);
        }
        catch (Neo4jException exception)
        {
            // The server closes a transaction on any error, so there is nothing left to roll back.
            _closed = true;
            if (exception.IsTransactionNotFound && Id is not null)
            {
                throw new Neo4jException(exception.Code, exception.ServerMessage,
                    $"Neo4j transaction '{Id}' on {_client.Options.Uri} (database {_client.Options.Database}) was gone before it could {action}: "
                    + "it stayed idle past the server's timeout (server.queryapi.transaction_idle_timeout, 60 s by default) or the request reached "
                    + $"another cluster member. Nothing it wrote was stored. Neo4j said: {exception.ServerMessage}", exception);
            }

            throw;
        }
        catch (Core.Storage.StoreUnavailableException exception) when (exception.InnerException is Neo4jException { IsDatabaseError: true })
        {
            // A database error also rolls the transaction back on the server.
            _closed = true;
            throw;
        }
    }
}
