using ActorGraph.Extraction.Actors;
using ActorGraph.Extraction.Text;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Extraction;

/// <summary>Gazetteer matching: finding and resolving actor mentions in every tokenized sentence of the corpus.</summary>
// In process: the out-of-process toolchain rebuilds the whole solution per run, which outlasts its timeout on two cores.
[InProcess]
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GazetteerBenchmarks
{
    private List<Token>[] sentences = [];
    private MentionFinder finder = null!;

    [GlobalSetup]
    public void Setup()
    {
        sentences = [.. Corpus.Sentences().Select(Tokenizer.Tokenize)];
        finder = new MentionFinder(Corpus.Knowledge.Gazetteer);
    }

    [Benchmark]
    public int FindMentions()
    {
        var count = 0;
        var context = new ArticleActorContext { Date = new DateOnly(2024, 6, 1) };
        foreach (var tokens in sentences)
        {
            count += finder.Find(tokens, context).Count;
        }

        return count;
    }
}
