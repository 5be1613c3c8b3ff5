using System.Diagnostics;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Server.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Snapshots;

/// <summary>
/// Opens the store at start, then keeps the served snapshot fresh: whenever the store's fingerprint changes (the worker
/// or <c>POST /articles</c> wrote), builds a new snapshot in the background and swaps it in whole.
/// </summary>
internal sealed class SnapshotRefresher(
    ServerStore serverStore,
    SnapshotHolder holder,
    StoreOpener opener,
    IOptions<ServerOptions> options,
    TimeProvider clock,
    ILogger<SnapshotRefresher> logger) : BackgroundService
{
    private long version;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // A missing or foreign store stops the server at start, before it listens, with the store's own message.
        var (store, description) = await opener.OpenAsync(cancellationToken);
        serverStore.Set(store, description);
        ServerLog.StoreOpened(logger, description);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? served = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var fingerprint = await StoreFingerprint.ReadAsync(serverStore.Store, stoppingToken);
                if (fingerprint != served)
                {
                    holder.Report(reachable: true, error: null, building: true);
                    await LoadAsync(fingerprint, stoppingToken);
                    served = fingerprint;
                }

                holder.Report(reachable: true, error: null, building: false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is StoreUnavailableException or StoreFormatException or IOException or InvalidOperationException
                                          or UnauthorizedAccessException or HttpRequestException or Storage.Neo4j.Neo4jException)
            {
                // The last good snapshot keeps answering; readiness says the store is not reachable.
                ServerLog.RefreshFailed(logger, e.Message);
                holder.Report(reachable: false, error: e.Message, building: false);
            }

            try
            {
                await holder.WaitForRefreshAsync(options.Value.RefreshInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await serverStore.DisposeAsync();
    }

    private async Task LoadAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var stats = await serverStore.Store.GetStatsAsync(cancellationToken);
        var graph = await ActorGraphSnapshot.LoadAsync(serverStore.Store, cancellationToken);
        var snapshot = new ServedSnapshot(graph, Interlocked.Increment(ref version), clock.GetUtcNow(), watch.Elapsed, stats, fingerprint);
        holder.Publish(snapshot);
        ServerLog.SnapshotSwapped(logger, snapshot.Version, graph.ActorCount, graph.RelationCount, (long)watch.Elapsed.TotalMilliseconds);
    }
}
