namespace ActorGraph.Storage.Neo4j.Tests.Wire;

/// <summary>
/// Answers the store's statements the way Neo4j would for a small stored state: the schema marker, the stored hashes of
/// the batch's articles, and the relations of forgotten events. Requests to a transaction get its id and affinity.
/// </summary>
public sealed class StoreScript
{
    public const string TransactionId = "lyU";
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    /// <summary>The schema version the marker reports.</summary>
    public long SchemaVersion { get; set; } = 1;

    /// <summary>The sequence number the marker had before the batch.</summary>
    public long EventSeq { get; set; } = 41;

    /// <summary>Content hashes of stored articles by id.</summary>
    public Dictionary<string, string> StoredHashes { get; } = [];

    /// <summary>The (source, target, type) rows the forget statement returns.</summary>
    public List<object?[]> Forgotten { get; } = [];

    public FakeReply Answer(CapturedRequest request)
    {
        var statement = request.Statement ?? "";
        var (fields, rows) = statement switch
        {
            _ when statement.Contains("RETURN m.schema AS schema", StringComparison.Ordinal) => (["schema"], [[SchemaVersion]]),
            _ when statement.Contains("AS base", StringComparison.Ordinal) => (
                new[] { "base", "id", "hash" },
                request.Parameter("ids").EnumerateArray()
                    .Select(id => new object?[] { EventSeq, id.GetString(), StoredHashes.GetValueOrDefault(id.GetString()!) })
                    .ToArray()),
            _ when statement.Contains("DETACH DELETE e", StringComparison.Ordinal) => (["source", "target", "type"], Forgotten.ToArray()),
            _ => (Array.Empty<string>(), Array.Empty<object?[]>()),
        };
        return request.Path.Contains("/tx", StringComparison.Ordinal)
            ? FakeReply.InTransaction(TransactionId, Affinity, fields, rows)
            : FakeReply.Rows(fields, rows);
    }
}
