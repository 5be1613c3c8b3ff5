using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker.Processing;

/// <summary>Logs throughput since the last summary and the inbox queue length every <c>Worker:SummaryInterval</c>.</summary>
internal sealed class SummaryReporter(WorkerMetrics metrics, TimeProvider clock, TimeSpan interval, ILogger logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        var last = Snapshot();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = Snapshot();
                var seconds = Math.Max((now.At - last.At).TotalSeconds, 0.001);
                logger.Summary(
                    Math.Round((now.Articles - last.Articles) / seconds, 1),
                    Math.Round((now.Events - last.Events) / seconds, 1),
                    now.Files - last.Files,
                    now.Failed - last.Failed,
                    metrics.Waiting);
                last = now;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private Counts Snapshot() => new(clock.GetUtcNow(), metrics.Articles, metrics.Events, metrics.Files, metrics.FailedFiles);

    private readonly record struct Counts(DateTimeOffset At, long Articles, long Events, long Files, long Failed);
}
