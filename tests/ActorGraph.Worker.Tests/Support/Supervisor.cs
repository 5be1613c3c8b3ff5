namespace ActorGraph.Worker.Tests.Support;

/// <summary>Restarts the worker whenever it dies, as systemd's <c>Restart=always</c> would, and counts the deaths.</summary>
internal sealed class Supervisor(Func<WorkerProcess> start, int maxDeaths) : IAsyncDisposable
{
    private readonly List<WorkerProcess> _workers = [start()];

    /// <summary>The processes started so far, the running one last.</summary>
    public IReadOnlyList<WorkerProcess> Workers => _workers;

    /// <summary>How many started workers died on their own (a non-zero exit).</summary>
    public int Deaths { get; private set; }

    public string OutputText => string.Join('\n', _workers.Select(worker => worker.OutputText));

    /// <summary>Waits for the condition, restarting a dead worker each time one dies; gives up at the bound or after too many deaths.</summary>
    public async Task RunUntilAsync(Func<bool> done, TimeSpan bound, Func<string> describe)
    {
        var giveUp = DateTime.UtcNow + bound;
        while (!done())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"Still waiting after {bound.TotalSeconds} s with {Deaths} deaths: {describe()}");
            }

            if (_workers[^1].HasExited)
            {
                Deaths++;
                if (Deaths > maxDeaths)
                {
                    throw new InvalidOperationException($"The worker died {Deaths} times: it is jammed. {describe()}\n{_workers[^1].OutputText}");
                }

                _workers.Add(start());
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }
    }
}
