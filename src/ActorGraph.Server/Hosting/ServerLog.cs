using Microsoft.Extensions.Logging;

namespace ActorGraph.Server.Hosting;

/// <summary>The server's log messages, source-generated, with stable event ids.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Serving the store {Store}")]
    public static partial void StoreOpened(ILogger logger, string store);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Snapshot {Version} swapped in: {Actors} actors, {Relations} relations, built in {Milliseconds} ms")]
    public static partial void SnapshotSwapped(ILogger logger, long version, int actors, int relations, long milliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The store could not be read; still serving the last snapshot: {Problem}")]
    public static partial void RefreshFailed(ILogger logger, string problem);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Stored {Articles} posted articles: {New} new, {Replaced} replaced, {Events} events")]
    public static partial void ArticlesPosted(ILogger logger, int articles, int @new, int replaced, int events);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Refused a write: {Reason}")]
    public static partial void WriteRefused(ILogger logger, string reason);
}
