using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.Client;

/// <summary>A Query API answer: the result, bookmarks, errors and, inside an explicit transaction, the transaction's id.</summary>
/// <param name="Data">The fields and rows the statement returned, if it ran.</param>
/// <param name="Bookmarks">Bookmarks naming the database state after the statement.</param>
/// <param name="Errors">The errors; a successful answer has none.</param>
/// <param name="Transaction">The open transaction, for requests sent to one.</param>
/// <param name="QueryPlan">The plan of an <c>EXPLAIN</c> statement: nested <c>operatorType</c> and <c>children</c>.</param>
public sealed record Neo4jResponse(
    Neo4jData? Data = null,
    IReadOnlyList<string>? Bookmarks = null,
    IReadOnlyList<Neo4jError>? Errors = null,
    Neo4jTransactionInfo? Transaction = null,
    JsonElement? QueryPlan = null)
{
    /// <summary>The rows, each read by field name; empty when the statement returned nothing.</summary>
    public IReadOnlyList<Neo4jRecord> Records =>
        Data is null ? [] : [.. Data.Values.Select(values => new Neo4jRecord(Data.Fields, values))];
}

/// <summary>The rows of a result in plain JSON: field names, and for each row one value per field.</summary>
/// <param name="Fields">The names of the returned columns.</param>
/// <param name="Values">The rows.</param>
public sealed record Neo4jData(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Values);

/// <summary>One error the server reported.</summary>
/// <param name="Code">The Neo4j status code, such as <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
/// <param name="Message">The server's explanation.</param>
public sealed record Neo4jError(string Code, string Message);

/// <summary>The explicit transaction a request ran in.</summary>
/// <param name="Id">The id to put in later request paths.</param>
/// <param name="Expires">When the server rolls it back if no request arrives.</param>
public sealed record Neo4jTransactionInfo(string Id, DateTimeOffset? Expires = null);
