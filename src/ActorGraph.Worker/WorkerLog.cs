using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

/// <summary>The worker's log messages, source-generated; files and articles are the properties FileName and ArticleId.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Information, "Worker {WorkerId} watching {Inbox}, storing into {Store}")]
    public static partial void Started(this ILogger logger, string workerId, string inbox, string store);

    [LoggerMessage(2, LogLevel.Information, "Resuming {FileCount} files claimed before this worker last stopped")]
    public static partial void Resuming(this ILogger logger, int fileCount);

    [LoggerMessage(3, LogLevel.Warning, "Took over {FileName} from dead worker {DeadWorkerId}")]
    public static partial void Adopted(this ILogger logger, string fileName, string deadWorkerId);

    [LoggerMessage(4, LogLevel.Warning, "Could not take over the claims of worker {DeadWorkerId}: {Reason}")]
    public static partial void AdoptionFailed(this ILogger logger, string deadWorkerId, string reason);

    [LoggerMessage(5, LogLevel.Debug, "Claimed {FileName}")]
    public static partial void Claimed(this ILogger logger, string fileName);

    [LoggerMessage(6, LogLevel.Debug, "Stored article {ArticleId} from {FileName} with {EventCount} events")]
    public static partial void ArticleStored(this ILogger logger, string articleId, string fileName, int eventCount);

    [LoggerMessage(7, LogLevel.Information, "Processed {FileName}: {ArticleCount} articles, {EventCount} events, {ErrorCount} errors")]
    public static partial void FileProcessed(this ILogger logger, string fileName, int articleCount, int eventCount, int errorCount);

    [LoggerMessage(8, LogLevel.Warning, "Failed {FileName}: no article could be read; moved to {FailedPath}")]
    public static partial void FileFailed(this ILogger logger, string fileName, string failedPath);

    [LoggerMessage(9, LogLevel.Warning, "{FileName}:{Line}: {Reason}")]
    public static partial void LineError(this ILogger logger, string fileName, int line, string reason);

    [LoggerMessage(10, LogLevel.Warning, "{FileName}: {Reason}")]
    public static partial void FileError(this ILogger logger, string fileName, string reason);

    [LoggerMessage(11, LogLevel.Error, "Extraction failed for article {ArticleId} in {FileName}")]
    public static partial void ExtractionFailed(this ILogger logger, Exception exception, string articleId, string fileName);

    [LoggerMessage(12, LogLevel.Information, "Committed {FileCount} files: {ArticlesNew} new, {ArticlesSkipped} unchanged, {ArticlesReplaced} replaced articles, {EventsStored} events in {ElapsedMs} ms")]
    public static partial void BatchCommitted(this ILogger logger, int fileCount, int articlesNew, int articlesSkipped, int articlesReplaced, int eventsStored, long elapsedMs);

    [LoggerMessage(13, LogLevel.Error, "The store rejected {FileName}: {Reason}")]
    public static partial void StoreRejected(this ILogger logger, Exception exception, string fileName, string reason);

    [LoggerMessage(14, LogLevel.Warning, "Store unavailable ({StoreFault}), retrying with backoff; files stay where they are: {Reason}")]
    public static partial void StoreUnavailable(this ILogger logger, string storeFault, string reason);

    [LoggerMessage(15, LogLevel.Information, "Store available again after {OutageSeconds} s")]
    public static partial void StoreAvailableAgain(this ILogger logger, double outageSeconds);

    [LoggerMessage(16, LogLevel.Information, "Summary: {ArticlesPerSecond} articles/s, {EventsPerSecond} events/s, {FilesDone} files done ({FilesFailed} failed), {QueueLength} files waiting in the inbox")]
    public static partial void Summary(this ILogger logger, double articlesPerSecond, double eventsPerSecond, long filesDone, long filesFailed, int queueLength);

    [LoggerMessage(17, LogLevel.Information, "Stopping: {FileCount} unfinished files returned to the inbox")]
    public static partial void Returned(this ILogger logger, int fileCount);

    [LoggerMessage(18, LogLevel.Warning, "{FileName} changed after it was claimed; returned to the inbox to settle")]
    public static partial void ChangedAfterClaim(this ILogger logger, string fileName);

    [LoggerMessage(19, LogLevel.Critical, "Worker stopped by an unexpected error")]
    public static partial void Crashed(this ILogger logger, Exception exception);

    [LoggerMessage(20, LogLevel.Critical, "{Reason}")]
    public static partial void CannotStart(this ILogger logger, string reason);

    [LoggerMessage(21, LogLevel.Information, "Worker {WorkerId} stopped")]
    public static partial void Stopped(this ILogger logger, string workerId);

    [LoggerMessage(22, LogLevel.Information, "Loaded extraction knowledge in {ElapsedMs} ms")]
    public static partial void KnowledgeLoaded(this ILogger logger, long elapsedMs);

    [LoggerMessage(23, LogLevel.Error, "Could not read {FileName}")]
    public static partial void ReadFailed(this ILogger logger, Exception exception, string fileName);

    [LoggerMessage(24, LogLevel.Error, "{FileName}: the worker died {Deaths} times while reading or extracting it; quarantined to failed/")]
    public static partial void Quarantined(this ILogger logger, string fileName, int deaths);

    [LoggerMessage(25, LogLevel.Warning, "{FileName}: resuming after {Deaths} earlier attempts died while reading or extracting it")]
    public static partial void RetryingAfterDeath(this ILogger logger, string fileName, int deaths);

    [LoggerMessage(26, LogLevel.Error, "{What} in {FileName} took longer than {Budget}; abandoned")]
    public static partial void OverBudget(this ILogger logger, string what, string fileName, TimeSpan budget);

    [LoggerMessage(27, LogLevel.Information, "Removed {Count} empty claim folders and lock files left by dead workers")]
    public static partial void SweptStaleClaims(this ILogger logger, int count);
}
