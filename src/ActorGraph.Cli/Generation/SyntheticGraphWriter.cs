using System.Diagnostics;
using System.Threading.Channels;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Generation;

/// <summary>
/// Streams a generated graph into a sink in chunks: actors first, then edges, one sink call per chunk. The next chunk
/// is generated while the sink writes the last, so generation and storage overlap on two cores.
/// </summary>
public static class SyntheticGraphWriter
{
    /// <summary>Edges per sink call when none is given: big enough to amortise a transaction, small enough to stream.</summary>
    public const int DefaultChunkSize = 200_000;

    /// <summary>Writes every actor and edge of the generator to the sink, reporting after each chunk.</summary>
    public static async Task<GenerationProgress> WriteAsync(
        SyntheticGraphGenerator generator,
        BulkSink sink,
        IProgress<GenerationProgress>? progress = null,
        int chunkSize = DefaultChunkSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        var clock = Stopwatch.StartNew();
        var total = generator.Options.Relations;
        var actors = generator.Actors;
        for (var start = 0; start < actors.Count; start += chunkSize)
        {
            var chunk = actors.Skip(start).Take(chunkSize).ToArray();
            await sink(chunk, [], cancellationToken).ConfigureAwait(false);
            progress?.Report(new GenerationProgress(start + chunk.Length, 0, total, clock.Elapsed));
        }

        var chunks = Channel.CreateBounded<RelationSummary[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(generator, chunks.Writer, chunkSize, stop.Token), stop.Token);
        var written = 0;
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await sink([], chunk, cancellationToken).ConfigureAwait(false);
                written += chunk.Length;
                progress?.Report(new GenerationProgress(actors.Count, written, total, clock.Elapsed));
            }
        }
        catch
        {
            // A failed sink must not leave the producer blocked on a full channel; the sink's error is the one to report.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        await producer.ConfigureAwait(false);
        return new GenerationProgress(actors.Count, written, total, clock.Elapsed);
    }

    private static async Task ProduceAsync(
        SyntheticGraphGenerator generator, ChannelWriter<RelationSummary[]> writer, int chunkSize, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<RelationSummary>(chunkSize);
            foreach (var relation in generator.Relations())
            {
                chunk.Add(relation);
                if (chunk.Count == chunkSize)
                {
                    await writer.WriteAsync([.. chunk], cancellationToken).ConfigureAwait(false);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0)
            {
                await writer.WriteAsync([.. chunk], cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception exception)
        {
            writer.Complete(exception);
            throw;
        }
    }
}
