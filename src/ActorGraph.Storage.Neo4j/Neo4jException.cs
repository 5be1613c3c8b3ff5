namespace ActorGraph.Storage.Neo4j;

/// <summary>Neo4j refused a request: the exception carries the server's status code (<c>Neo.ClientError.Statement.SyntaxError</c>) and message.</summary>
public sealed class Neo4jException : Exception
{
    /// <summary>The code used when the server answered something that is not the Query API's JSON.</summary>
    public const string UnexpectedResponseCode = "ActorGraph.Neo4j.UnexpectedResponse";

    /// <summary>Creates the exception.</summary>
    /// <param name="code">The Neo4j status code.</param>
    /// <param name="serverMessage">The message the server gave.</param>
    /// <param name="message">The message to show, which says what was being done.</param>
    /// <param name="inner">The cause, if any.</param>
    public Neo4jException(string code, string serverMessage, string message, Exception? inner = null) : base(message, inner)
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    /// <summary>The Neo4j status code, such as <c>Neo.ClientError.Security.Unauthorized</c>.</summary>
    public string Code { get; }

    /// <summary>The message exactly as the server gave it.</summary>
    public string ServerMessage { get; }

    /// <summary>Whether the same work may succeed if tried again (<c>Neo.TransientError.*</c>).</summary>
    public bool IsTransient => IsTransientCode(Code);

    /// <summary>
    /// Whether the server no longer knows the transaction: it expired, or the request reached another cluster member.
    /// Neo4j 5 says so with HTTP 404 and <c>Neo.ClientError.Request.Invalid</c>, so the message tells it from other invalid requests.
    /// </summary>
    public bool IsTransactionNotFound =>
        Code == "Neo.ClientError.Request.Invalid" && ServerMessage.Contains("was not found", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the server ran out of memory for the transaction: the pool or per-transaction limit
    /// (<c>Neo.TransientError.General.MemoryPoolOutOfMemoryError</c>, <c>...TransactionMemoryLimit</c>,
    /// <c>Neo.ClientError.General.TransactionOutOfMemoryError</c>) or the heap (<c>Neo.TransientError.General.OutOfMemoryError</c>).
    /// The same transaction would fail again; a smaller one may not.
    /// </summary>
    public bool IsMemoryLimit => Code is "Neo.TransientError.General.MemoryPoolOutOfMemoryError" or "Neo.TransientError.General.TransactionMemoryLimit"
        or "Neo.ClientError.General.TransactionOutOfMemoryError" or "Neo.TransientError.General.OutOfMemoryError";

    /// <summary>Whether the database itself failed (<c>Neo.DatabaseError.*</c>): not the request's fault, and not retried.</summary>
    public bool IsDatabaseError => Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal);

    /// <summary>Whether the code is one Neo4j marks as transient.</summary>
    public static bool IsTransientCode(string? code) => code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true;
}
