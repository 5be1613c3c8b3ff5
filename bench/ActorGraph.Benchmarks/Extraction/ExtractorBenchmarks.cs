using ActorGraph.Core.Articles;
using ActorGraph.Extraction;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Extraction;

/// <summary>Full extraction of every corpus article: split, tokenize, find mentions, match relation patterns, resolve dates.</summary>
// In process: the out-of-process toolchain rebuilds the whole solution per run, which outlasts its timeout on two cores.
[InProcess]
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractorBenchmarks
{
    private Article[] articles = [];
    private EventExtractor extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = Corpus.Articles;
        extractor = new EventExtractor(Corpus.Knowledge, new DateOnly(2025, 1, 1));
    }

    [Benchmark]
    public int ExtractArticles()
    {
        var count = 0;
        foreach (var article in articles)
        {
            count += extractor.Extract(article).Count;
        }

        return count;
    }
}
