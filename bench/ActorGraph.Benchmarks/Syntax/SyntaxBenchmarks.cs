using ActorGraph.Syntax;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ActorGraph.Benchmarks.Syntax;

/// <summary>Loading the shipped syntax model, and tagging + lemmatizing + parsing the corpus on one thread.</summary>
// In process: the out-of-process toolchain rebuilds the whole solution per run, which outlasts its timeout on two cores.
[InProcess]
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SyntaxBenchmarks
{
    private SyntaxModel model = null!;
    private string[] texts = [];
    private string[][] sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        model = SyntaxCorpus.Model;
        texts = SyntaxCorpus.Texts;
        sentences = SyntaxCorpus.Sentences;
    }

    [Benchmark]
    public int ParsePreSplitSentences()
    {
        var count = 0;
        foreach (var sentence in sentences)
        {
            count += model.ParseWords(sentence).Tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int ParseArticleText()
    {
        var count = 0;
        foreach (var text in texts)
        {
            count += model.Parse(text).Count;
        }

        return count;
    }

    [Benchmark]
    public SyntaxModel LoadModel() => SyntaxModel.Load(SyntaxModel.DefaultPath);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }
}
