using ActorGraph.Extraction.Text;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks.Extraction;

/// <summary>Sentence splitting and tokenizing over the whole corpus.</summary>
// In process: the out-of-process toolchain rebuilds the whole solution per run, which outlasts its timeout on two cores.
[InProcess]
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TextBenchmarks
{
    private string[] texts = [];
    private string[] sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = [.. Corpus.Articles.Select(a => a.Text)];
        sentences = Corpus.Sentences();
    }

    [Benchmark]
    public int SplitSentences()
    {
        var count = 0;
        foreach (var text in texts)
        {
            count += SentenceSplitter.Split(text).Count;
        }

        return count;
    }

    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var sentence in sentences)
        {
            count += Tokenizer.Tokenize(sentence).Count;
        }

        return count;
    }
}
