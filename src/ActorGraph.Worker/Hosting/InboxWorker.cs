using System.Diagnostics;
using ActorGraph.Core.Storage;
using ActorGraph.Worker.Inbox;
using ActorGraph.Worker.Processing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Hosting;

/// <summary>The hosted service: holds the worker's lease, opens the store and runs the inbox until the host stops.</summary>
internal sealed class InboxWorker(
    IOptions<WorkerOptions> options,
    IStoreFactory storeFactory,
    IArticleSource source,
    Func<IArticleExtractor> extractorFactory,
    TimeProvider clock,
    WorkerMetrics metrics,
    WorkerExit exit,
    IHostApplicationLifetime lifetime,
    ILogger<InboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var layout = new InboxLayout(settings.Inbox, settings.WorkerId);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task summary = Task.CompletedTask;
        try
        {
            layout.Create();
            using var lease = await WorkerLease.AcquireAsync(layout, clock, WorkerLease.HeartbeatFor(settings.ClaimTimeout), TimeSpan.FromSeconds(5), stoppingToken);
            var started = Stopwatch.GetTimestamp();
            var extractor = await Task.Run(extractorFactory, stoppingToken);
            logger.KnowledgeLoaded((long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            var retry = new StoreRetry(clock, settings.MaxRetryDelay, logger);
            var store = await retry.RunAsync(storeFactory.OpenAsync, stoppingToken);
            await using (store)
            {
                logger.Started(settings.WorkerId, layout.Root, Path.GetFullPath(settings.Store));
                summary = new SummaryReporter(metrics, clock, settings.SummaryInterval, logger).RunAsync(running.Token);
                var processor = new InboxProcessor(layout, settings, store, source, extractor, retry, metrics, clock, logger);
                await processor.RunAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is WorkerIdInUseException or StoreFormatException)
        {
            Fail(WorkerExit.CannotStart, () => logger.CannotStart(exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && !Directory.Exists(layout.Root))
        {
            Fail(WorkerExit.CannotStart, () => logger.CannotStart($"Worker:Inbox \"{layout.Root}\" cannot be used: {exception.Message}"));
        }
        catch (Exception exception)
        {
            Fail(WorkerExit.Crashed, () => logger.Crashed(exception));
        }
        finally
        {
            await running.CancelAsync();
            await summary;
            logger.Stopped(settings.WorkerId);
        }
    }

    private void Fail(int code, Action log)
    {
        log();
        exit.Fail(code);
        lifetime.StopApplication();
    }
}
