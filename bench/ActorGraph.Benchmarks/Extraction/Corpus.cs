using System.Text;
using ActorGraph.Cli.Bench;
using ActorGraph.Core.Articles;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Benchmarks.Extraction;

/// <summary>The shipped knowledge and a fixed set of synthetic articles (seed 1), shared by the extraction benchmarks.</summary>
internal static class Corpus
{
    /// <summary>Articles in the corpus: about 1.5 MB of body text.</summary>
    public const int ArticleCount = 500;

    private static readonly Lazy<ExtractionKnowledge> LazyKnowledge = new(() => ExtractionKnowledge.Load());
    private static readonly Lazy<Article[]> LazyArticles = new(() =>
    {
        var synthesizer = new ArticleSynthesizer(Knowledge.Gazetteer);
        return [.. Enumerable.Range(0, ArticleCount).Select(i => synthesizer.Create(i, 1))];
    });

    public static ExtractionKnowledge Knowledge => LazyKnowledge.Value;

    public static Article[] Articles => LazyArticles.Value;

    /// <summary>UTF-8 bytes of every article body: what one benchmark operation processes.</summary>
    public static long Bytes => Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    /// <summary>Every sentence of every article.</summary>
    public static string[] Sentences() => [.. Articles.SelectMany(a => SentenceSplitter.Split(a.Text)).Select(s => s.Text)];
}
