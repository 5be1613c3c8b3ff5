using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j;

/// <summary>The adapter's log messages, source-generated, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Neo4j answered {Code} ({ServerMessage}); trying again in {Delay} (retry {Retry} of {MaxRetries})")]
    public static partial void RetryingTransient(ILogger logger, string code, string serverMessage, TimeSpan delay, int retry, int maxRetries);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Rolled back Neo4j transaction {TransactionId}")]
    public static partial void RolledBack(ILogger logger, string transactionId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not roll back Neo4j transaction {TransactionId}; the server expires it")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Neo4j answered {Code} for a batch of {Count} articles; storing it as two batches of {First} and {Second}")]
    public static partial void SplittingBatch(ILogger logger, string code, int count, int first, int second);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Summary {Source} -[{Type}]-> {Target} differed from its events ({Stored} stored, {Counted} counted)")]
    public static partial void SummaryDiffered(ILogger logger, string source, string type, string target, int stored, int counted);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Opened the Neo4j store at {Uri}, database {Database}, schema version {SchemaVersion}")]
    public static partial void Opened(ILogger logger, Uri uri, string database, long schemaVersion);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Ingested a batch into Neo4j: {New} new, {Skipped} skipped, {Replaced} replaced, {Events} events, {Relations} relations recounted")]
    public static partial void Ingested(ILogger logger, int @new, int skipped, int replaced, int events, int relations);
}
