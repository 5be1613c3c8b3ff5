using System.Diagnostics;
using System.Threading.Channels;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Bench;

/// <summary>What the ingest bench measured, end to end from files to committed batches.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Bytes">Bytes of those files.</param>
/// <param name="Report">What the store did.</param>
/// <param name="Seconds">Time from the first read to the last commit.</param>
/// <param name="ExtractThreads">Threads reading and extracting.</param>
/// <param name="BatchSize">Articles per store transaction.</param>
/// <param name="Memory">Memory at the end: the peak covers the run.</param>
public sealed record IngestBenchReport(int Files, long Bytes, IngestReport Report, double Seconds, int ExtractThreads, int BatchSize, MemoryReading Memory)
{
    /// <summary>Articles stored per second.</summary>
    public double ArticlesPerSecond => (Report.ArticlesNew + Report.ArticlesReplaced + Report.ArticlesSkipped) / Seconds;

    /// <summary>Megabytes (10^6 bytes) of input files per second.</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
}

/// <summary>
/// The ingest pipeline under a stopwatch: threads that read and extract files, and one writer that stores their
/// results in batches, each batch one transaction, while the next batches are being extracted.
/// </summary>
public static class IngestBench
{
    /// <summary>Times any ingest of the files, such as the <c>ingest</c> command's own loop.</summary>
    public static async Task<IngestBenchReport> MeasureAsync(IReadOnlyList<string> files, Func<Task<IngestReport>> ingest, int extractThreads, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(ingest);
        var clock = Stopwatch.StartNew();
        var report = await ingest().ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = files.Sum(f => new FileInfo(f).Length);
        return new IngestBenchReport(files.Count, bytes, report, seconds, extractThreads, batchSize, MemoryReading.Now());
    }

    /// <summary>Reads, extracts and stores every file; returns what it measured.</summary>
    public static async Task<IngestBenchReport> RunAsync(
        IReadOnlyList<string> files,
        EventExtractor extractor,
        IGraphWriter store,
        int batchSize,
        int extractThreads,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(extractThreads);
        var reader = new ArticleFileReader(new ArticleInputOptions());
        var batches = Channel.CreateBounded<ExtractedArticle[]>(new BoundedChannelOptions(4) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var next = -1;
        long bytes = 0;
        var clock = Stopwatch.StartNew();

        async Task ExtractAsync()
        {
            var batch = new List<ExtractedArticle>(batchSize);
            int index;
            while ((index = Interlocked.Increment(ref next)) < files.Count)
            {
                var result = await reader.ReadFileAsync(files[index], token).ConfigureAwait(false);
                if (result.Errors.Count > 0)
                {
                    throw new InvalidDataException($"{files[index]}: {result.Errors[0]}");
                }

                Interlocked.Add(ref bytes, new FileInfo(files[index]).Length);
                foreach (var article in result.Articles)
                {
                    batch.Add(new ExtractedArticle(article, extractor.Extract(article)));
                }

                if (batch.Count >= batchSize)
                {
                    await batches.Writer.WriteAsync([.. batch], token).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await batches.Writer.WriteAsync([.. batch], token).ConfigureAwait(false);
            }
        }

        var extractors = Enumerable.Range(0, extractThreads).Select(_ => Task.Run(ExtractAsync, token)).ToArray();
        _ = Task.WhenAll(extractors).ContinueWith(
            t => batches.Writer.Complete(t.Exception?.GetBaseException()), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var report = IngestReport.Empty;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                report = report.Add(await store.IngestAsync(batch, cancellationToken).ConfigureAwait(false));
            }
        }
        catch
        {
            // Extractors blocked on a full channel would never finish: stop them, then report the store's error.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(extractors).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        await Task.WhenAll(extractors).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        return new IngestBenchReport(files.Count, bytes, report, seconds, extractThreads, batchSize, MemoryReading.Now());
    }
}
