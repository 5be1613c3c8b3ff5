using ActorGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker.Processing;

/// <summary>
/// Retries store calls while the store is briefly unavailable, with exponential backoff up to a cap, and logs each
/// outage twice: once when it starts and once when it ends, not once per attempt or per file.
/// </summary>
internal sealed class StoreRetry(TimeProvider clock, TimeSpan maxDelay, ILogger logger)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);
    private DateTimeOffset? _outageSince;

    /// <summary>Runs a store call until it succeeds, fails for a reason other than unavailability, or is cancelled.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = FirstDelay < maxDelay ? FirstDelay : maxDelay;
        while (true)
        {
            var attempt = clock.GetUtcNow();
            try
            {
                var result = await call(cancellationToken);
                if (_outageSince is { } since)
                {
                    _outageSince = null;
                    logger.StoreAvailableAgain(Math.Round((clock.GetUtcNow() - since).TotalSeconds, 1));
                }

                return result;
            }
            catch (Exception exception) when (IsUnavailable(exception) && !cancellationToken.IsCancellationRequested)
            {
                if (_outageSince is null)
                {
                    // The outage began when the failing call did (a busy store makes a call wait before it fails).
                    _outageSince = attempt;
                    logger.StoreUnavailable(exception.Message);
                }
            }

            await Task.Delay(delay, clock, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
        }
    }

    /// <summary>Whether an exception says the store may answer if asked again later.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StoreUnavailableException or TimeoutException)
            {
                return true;
            }

            // SQLITE_BUSY and SQLITE_LOCKED, should a store let one through untranslated.
            if (current.GetType().FullName == "Microsoft.Data.Sqlite.SqliteException"
                && current.GetType().GetProperty("SqliteErrorCode")?.GetValue(current) is int code and (5 or 6))
            {
                return true;
            }
        }

        return false;
    }
}
