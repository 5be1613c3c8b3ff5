namespace ActorGraph.Extraction.Tests;

/// <summary>Runs work that used to hang, failing only when it hangs: a safety net, never an assertion about speed.</summary>
internal static class Watchdog
{
    /// <summary>Generous enough for the slowest shared machine; the work it guards takes well under a second when it does not hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static Task<T> RunAsync<T>(Func<Task<T>> work) => Task.Run(work).WaitAsync(Limit);

    public static Task<T> RunAsync<T>(Func<T> work) => Task.Run(work).WaitAsync(Limit);
}
