using System.Diagnostics;
using ActorGraph.Core.Storage;
using ActorGraph.Worker.Inbox;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker.Processing;

/// <summary>
/// Works one inbox: claims settled files by renaming them into this worker's claim folder, reads and extracts them,
/// stores each batch with one ingest, and only after that commit moves its files to <c>processed/</c> or <c>failed/</c>.
/// </summary>
internal sealed class InboxProcessor
{
    private readonly InboxLayout _layout;
    private readonly WorkerOptions _options;
    private readonly IGraphWriter _store;
    private readonly IArticleSource _source;
    private readonly IArticleExtractor _extractor;
    private readonly StoreRetry _retry;
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly FileFinisher _finisher;
    private readonly SettleTracker _settle;
    private readonly ClaimRecovery _recovery;

    public InboxProcessor(InboxLayout layout, WorkerOptions options, IGraphWriter store, IArticleSource source, IArticleExtractor extractor,
        StoreRetry retry, WorkerMetrics metrics, TimeProvider clock, ILogger logger)
    {
        _layout = layout;
        _options = options;
        _store = store;
        _source = source;
        _extractor = extractor;
        _retry = retry;
        _metrics = metrics;
        _clock = clock;
        _logger = logger;
        _finisher = new FileFinisher(layout);
        _settle = new SettleTracker(clock, options.SettleTime);
        _recovery = new ClaimRecovery(layout, clock, options.ClaimTimeout, logger);
    }

    /// <summary>Resumes this worker's own leftover claims, then works the inbox until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_recovery.SweepStale() is > 0 and var swept)
        {
            _logger.SweptStaleClaims(swept);
        }

        var leftovers = ClaimedFiles();
        if (leftovers.Count > 0)
        {
            _logger.Resuming(leftovers.Count);
            await WorkAsync(leftovers, alreadyClaimed: true, cancellationToken);
        }

        var adoptEvery = TimeSpan.FromTicks(Math.Min(_options.ClaimTimeout.Ticks / 2, TimeSpan.FromSeconds(10).Ticks));
        var nextAdoption = _clock.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            if (_clock.GetUtcNow() >= nextAdoption)
            {
                nextAdoption = _clock.GetUtcNow() + adoptEvery;
                if (_recovery.AdoptAbandoned() > 0)
                {
                    await WorkAsync(ClaimedFiles(), alreadyClaimed: true, cancellationToken);
                }
            }

            var ready = _settle.Scan(_layout.Root);
            _metrics.SetWaiting(_settle.Waiting);
            if (ready.Count == 0)
            {
                await Task.Delay(_options.PollInterval, _clock, cancellationToken);
                continue;
            }

            await WorkAsync(ready, alreadyClaimed: false, cancellationToken);
        }
    }

    private async Task WorkAsync(IReadOnlyList<InboxFile> files, bool alreadyClaimed, CancellationToken cancellationToken)
    {
        var batch = new List<ClaimedFile>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var articles = 0;
        string? claiming = null;
        try
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                claiming = alreadyClaimed ? file.Path : Claim(file);
                if (claiming is null)
                {
                    continue;
                }

                var prepared = await PrepareGuardedAsync(file.Name, claiming, cancellationToken);
                if (!alreadyClaimed && Changed(claiming, file))
                {
                    // Written to while it was read: the writer had only paused. Back to the inbox to settle again.
                    if (ReturnToInbox(claiming))
                    {
                        _logger.ChangedAfterClaim(file.Name);
                        claiming = null;
                        continue;
                    }
                }

                if (batch.Count > 0 && prepared.Articles.Any(article => ids.Contains(article.Article.Id)))
                {
                    // Two files with one article id: store them in turn, so the later one wins as it would in sequence.
                    await CommitAsync(batch, cancellationToken);
                    batch.Clear();
                    ids.Clear();
                    articles = 0;
                }

                batch.Add(prepared);
                claiming = null;
                ids.UnionWith(prepared.Articles.Select(article => article.Article.Id));
                articles += prepared.Articles.Count;
                if (articles >= _options.BatchSize || batch.Count >= _options.BatchSize)
                {
                    await CommitAsync(batch, cancellationToken);
                    batch.Clear();
                    ids.Clear();
                    articles = 0;
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Rolled back: nothing of this batch is stored, so its files go back where they came from.
            var inHand = batch.Select(file => file.ClaimedPath).ToList();
            if (claiming is not null)
            {
                inHand.Add(claiming);
            }

            foreach (var path in inHand)
            {
                // A graceful stop is no death: the next attempt starts with the count it had.
                CrashAttempts.Clear(path);
            }

            _logger.Returned(inHand.Count(ReturnToInbox));
            throw;
        }
    }

    private string? Claim(InboxFile file)
    {
        var claimed = Path.Combine(_layout.Mine, file.Name);
        if (InboxFile.IsLockedByAnother(file.Path))
        {
            return null;
        }

        _settle.Forget(file.Path);
        Directory.CreateDirectory(_layout.Mine);
        if (AtomicMove.TryMove(file.Path, claimed) != MoveResult.Moved)
        {
            return null;
        }

        // Renamed under a writer that had not finished: its size or time moved since the scan.
        if (Changed(claimed, file))
        {
            if (ReturnToInbox(claimed))
            {
                _logger.ChangedAfterClaim(file.Name);
                return null;
            }
        }

        _logger.Claimed(file.Name);
        return claimed;
    }

    private static bool Changed(string claimedPath, InboxFile seen)
    {
        var now = new FileInfo(claimedPath);
        return now.Exists && (now.Length != seen.Length || now.LastWriteTimeUtc != seen.LastWriteUtc);
    }

    private bool ReturnToInbox(string claimedPath) =>
        AtomicMove.TryMove(claimedPath, Path.Combine(_layout.Root, Path.GetFileName(claimedPath))) == MoveResult.Moved;

    // A file that killed the process while being read or extracted (stack overflow, native crash) is tried again, up to
    // Worker:MaxCrashAttempts deaths; then it goes to failed/ unread, so it can never jam the worker.
    private async Task<ClaimedFile> PrepareGuardedAsync(string name, string claimedPath, CancellationToken cancellationToken)
    {
        var died = CrashAttempts.Died(claimedPath);
        if (died >= _options.MaxCrashAttempts)
        {
            _logger.Quarantined(name, died);
            return new ClaimedFile(name, claimedPath, [], [new FileError(null,
                $"the worker died {died} times while reading or extracting this file (a crash such as a stack overflow, or a kill); quarantined after Worker:MaxCrashAttempts = {_options.MaxCrashAttempts}")]);
        }

        if (died > 0)
        {
            _logger.RetryingAfterDeath(name, died);
        }

        CrashAttempts.Begin(claimedPath, died);
        var prepared = await PrepareAsync(name, claimedPath, cancellationToken);
        CrashAttempts.Clear(claimedPath);
        return prepared;
    }

    // Whatever the reader or extractor throws, or however long they take, fails that file or article only.
    private async Task<ClaimedFile> PrepareAsync(string name, string claimedPath, CancellationToken cancellationToken)
    {
        TestFaults.CrashIfMarked(name);
        FileArticles read;
        try
        {
            read = await _source.ReadAsync(claimedPath, cancellationToken).WaitAsync(_options.ArticleTimeout, _clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            _logger.OverBudget("Reading", name, _options.ArticleTimeout);
            return new ClaimedFile(name, claimedPath, [], [new FileError(null, $"reading took longer than Worker:ArticleTimeout = {_options.ArticleTimeout:c}; abandoned")]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.ReadFailed(exception, name);
            return new ClaimedFile(name, claimedPath, [], [new FileError(null, $"could not be read: {exception.GetType().Name}: {exception.Message}")]);
        }

        var extracted = new List<ExtractedArticle>(read.Articles.Count);
        var errors = read.Errors.ToList();
        foreach (var article in read.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // On a pool thread so that a runaway extraction can be abandoned; it cannot be stopped, only left behind.
                var events = await Task.Run(() => _extractor.Extract(article), cancellationToken)
                    .WaitAsync(_options.ArticleTimeout, _clock, cancellationToken);
                extracted.Add(new ExtractedArticle(article, events));
            }
            catch (TimeoutException)
            {
                _logger.OverBudget($"Extracting article \"{article.Id}\"", name, _options.ArticleTimeout);
                errors.Add(new FileError(null, $"article \"{article.Id}\": extraction took longer than Worker:ArticleTimeout = {_options.ArticleTimeout:c}; abandoned"));
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.ExtractionFailed(exception, article.Id, name);
                errors.Add(new FileError(null, $"article \"{article.Id}\": extraction failed: {exception.GetType().Name}: {exception.Message}"));
            }
        }

        return new ClaimedFile(name, claimedPath, extracted, errors);
    }

    private async Task CommitAsync(List<ClaimedFile> batch, CancellationToken cancellationToken)
    {
        var articles = batch.SelectMany(file => file.Articles).ToList();
        if (articles.Count > 0)
        {
            var started = Stopwatch.GetTimestamp();
            IngestReport report;
            try
            {
                // Store faults (full, read-only, locked, damaged, unreachable) are retried here until they clear: the files
                // stay claimed and untouched. Only what is left is the articles' own fault.
                report = await _retry.RunAsync(token => _store.IngestAsync(articles, token), cancellationToken, damageIsFault: true);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && !StoreRetry.IsStoreFault(exception, damageIsFault: true))
            {
                await RejectedAsync(batch, exception, cancellationToken);
                return;
            }

            _logger.BatchCommitted(batch.Count, report.ArticlesNew, report.ArticlesSkipped, report.ArticlesReplaced, report.EventsStored,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _metrics.Committed(articles.Count, batch.Sum(file => file.EventCount));
        }

        // Committed: from here on the moves must happen, stop or not, so they take no cancellation.
        foreach (var file in batch)
        {
            await FinishAsync(file);
        }
    }

    // One bad article must not hold back the others: a rejected batch is stored file by file, and a file the store
    // refuses on its own goes to failed/ with the store's reason.
    private async Task RejectedAsync(List<ClaimedFile> batch, Exception exception, CancellationToken cancellationToken)
    {
        if (batch.Count(file => !file.Failed) > 1)
        {
            foreach (var file in batch)
            {
                await CommitAsync([file], cancellationToken);
            }

            return;
        }

        foreach (var file in batch)
        {
            if (file.Failed)
            {
                await FinishAsync(file);
                continue;
            }

            _logger.StoreRejected(exception, file.Name, exception.Message);
            await FinishAsync(file with
            {
                Articles = [],
                Errors = [.. file.Errors, new FileError(null, $"the store rejected its articles: {exception.Message}")],
            });
        }
    }

    private async Task FinishAsync(ClaimedFile file)
    {
        var destination = await _finisher.FinishAsync(file, CancellationToken.None);
        CrashAttempts.Clear(file.ClaimedPath);
        foreach (var article in file.Articles)
        {
            _logger.ArticleStored(article.Article.Id, file.Name, article.Events.Count);
        }

        foreach (var error in file.Errors)
        {
            if (error.Line is { } line)
            {
                _logger.LineError(file.Name, line, error.Reason);
            }
            else
            {
                _logger.FileError(file.Name, error.Reason);
            }
        }

        if (file.Failed)
        {
            _logger.FileFailed(file.Name, destination is null ? "(gone)" : Path.GetRelativePath(_layout.Root, destination));
        }
        else
        {
            _logger.FileProcessed(file.Name, file.Articles.Count, file.EventCount, file.Errors.Count);
        }

        _metrics.Finished(file.Failed);
    }

    private List<InboxFile> ClaimedFiles()
    {
        var files = new List<InboxFile>();
        if (!Directory.Exists(_layout.Mine))
        {
            return files;
        }

        foreach (var info in new DirectoryInfo(_layout.Mine).EnumerateFiles().ToList())
        {
            if (CrashAttempts.IsMarker(info.Name, out var dataFile) && File.Exists(Path.Combine(_layout.Mine, dataFile)))
            {
                continue;
            }

            if (info.Name.StartsWith('.'))
            {
                // Half-written reports and markers of files no longer here.
                info.Delete();
                continue;
            }

            files.Add(new InboxFile(info.FullName, info.Length, info.LastWriteTimeUtc));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
