using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>What the store should hold for a corpus, worked out in-process with the same reader and extractor.</summary>
internal static class Oracle
{
    private static readonly Lazy<EventExtractor> Extractor = new(() => new EventExtractor(ExtractionKnowledge.Load()));

    /// <summary>Reads and extracts one file as the worker would, ready to ingest.</summary>
    public static async Task<IReadOnlyList<ExtractedArticle>> ExtractAsync(string path)
    {
        var result = await new ArticleFileReader(new ArticleInputOptions { MaxFileBytes = Corpus.MaxFileBytes }).ReadFileAsync(path);
        return result.Articles.Select(article => new ExtractedArticle(article, Extractor.Value.Extract(article))).ToList();
    }

    public static async Task<long> ExpectedEventsAsync(Workspace workspace, Corpus corpus)
    {
        var folder = Path.Combine(workspace.Root, "oracle");
        Directory.CreateDirectory(folder);
        var reader = new ArticleFileReader(new ArticleInputOptions { MaxFileBytes = Corpus.MaxFileBytes });
        long events = 0;
        foreach (var file in corpus.Files)
        {
            var path = Path.Combine(folder, file.Name);
            await File.WriteAllBytesAsync(path, file.Content);
            var result = await reader.ReadFileAsync(path);
            events += result.Articles.Sum(article => Extractor.Value.Extract(article).Count);
        }

        return events;
    }
}
