using ActorGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker.Processing;

/// <summary>
/// Retries store calls while the store is at fault (busy, full, read-only, I/O error, damaged, unreachable), with
/// exponential backoff up to a cap, and logs each outage twice: once when it starts, naming the fault, and once when it
/// ends, not once per attempt or per file.
/// </summary>
internal sealed class StoreRetry(TimeProvider clock, TimeSpan maxDelay, ILogger logger)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);
    private DateTimeOffset? _outageSince;

    /// <summary>Runs a store call until it succeeds, fails for a reason other than a store fault, or is cancelled.</summary>
    /// <param name="call">The store call.</param>
    /// <param name="cancellationToken">Stops the retries.</param>
    /// <param name="damageIsFault">
    /// Whether a damaged store (<see cref="StoreFormatException"/>) is retried: yes for writes to a store that opened
    /// fine, no when opening, where it means the file is not an ActorGraph store at all.
    /// </param>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, bool damageIsFault = false)
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
            catch (Exception exception) when (FaultOf(exception, damageIsFault) is { } fault && !cancellationToken.IsCancellationRequested)
            {
                if (_outageSince is null)
                {
                    // The outage began when the failing call did (a busy store makes a call wait before it fails).
                    _outageSince = attempt;
                    logger.StoreUnavailable(Describe(fault), exception.Message);
                }
            }

            await Task.Delay(delay, clock, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
        }
    }

    /// <summary>Whether an exception says the store, not the data, is at fault, so the same call may succeed later.</summary>
    public static bool IsStoreFault(Exception exception, bool damageIsFault = false) => FaultOf(exception, damageIsFault) is not null;

    /// <summary>The store fault an exception reports, or null when it is not one.</summary>
    public static StoreFault? FaultOf(Exception exception, bool damageIsFault = false)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StoreUnavailableException unavailable:
                    return unavailable.Fault;
                case TimeoutException:
                    return StoreFault.Unreachable;
                case StoreFormatException when damageIsFault:
                    return StoreFault.Corrupt;
            }

            // A store that lets an SQLite error through untranslated; matched by name, the worker does not use SQLite itself.
            if (current.GetType().FullName == "Microsoft.Data.Sqlite.SqliteException"
                && current.GetType().GetProperty("SqliteErrorCode")?.GetValue(current) is int code)
            {
                switch (code & 0xFF)
                {
                    case 5 or 6: return StoreFault.Busy;
                    case 8: return StoreFault.ReadOnly;
                    case 10: return StoreFault.IoError;
                    case 11 or 26: return damageIsFault ? StoreFault.Corrupt : null;
                    case 13: return StoreFault.Full;
                    case 14: return StoreFault.CannotOpen;
                }
            }
        }

        return null;
    }

    /// <summary>The words the log uses for a fault.</summary>
    public static string Describe(StoreFault fault) => fault switch
    {
        StoreFault.Busy => "busy or locked",
        StoreFault.Full => "disk full",
        StoreFault.ReadOnly => "read-only",
        StoreFault.IoError => "I/O error",
        StoreFault.CannotOpen => "cannot be opened",
        StoreFault.Corrupt => "damaged",
        StoreFault.Unreachable => "unreachable",
        _ => "unavailable",
    };
}
