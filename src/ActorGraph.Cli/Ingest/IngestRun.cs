using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Ingest;

/// <summary>Reads files, extracts their events and stores them in batches; a bad file or article is recorded and skipped, never fatal.</summary>
internal sealed class IngestRun(ArticleFileReader reader, EventExtractor extractor, IGraphStore store, int batchSize)
{
    private readonly List<(ExtractedArticle Article, string Path)> _batch = [];

    public IngestTotals Totals { get; } = new();

    public async Task RunAsync(IReadOnlyList<string> files, IIngestProgress progress, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var result = await reader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            foreach (var error in result.Errors)
            {
                Totals.Fail(error);
            }

            var events = 0;
            foreach (var article in result.Articles)
            {
                if (Extract(file, article) is { } extracted)
                {
                    events += extracted.Events.Count;
                    _batch.Add((extracted, file));
                }
            }

            if (_batch.Count >= batchSize)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            progress.FileDone(file, result.Articles.Count, events);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private ExtractedArticle? Extract(string file, Core.Articles.Article article)
    {
        if (extractor.TryExtract(article, out var events, out var problem))
        {
            return new ExtractedArticle(article, events);
        }

        Totals.Fail(new InputError(file, null, $"article '{article.Id}': {problem}"), article.Id);
        return null;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count == 0)
        {
            return;
        }

        try
        {
            Totals.Add(await store.IngestAsync([.. _batch.Select(b => b.Article)], cancellationToken).ConfigureAwait(false));
        }
        catch (ArgumentException)
        {
            // The store refused the batch whole; store its articles one by one so only the bad ones are lost.
            foreach (var (article, path) in _batch)
            {
                try
                {
                    Totals.Add(await store.IngestAsync([article], cancellationToken).ConfigureAwait(false));
                }
                catch (ArgumentException e)
                {
                    Totals.Fail(new InputError(path, null, $"article '{article.Article.Id}' refused by the store: {e.Message}"), article.Article.Id);
                }
            }
        }

        _batch.Clear();
    }
}
