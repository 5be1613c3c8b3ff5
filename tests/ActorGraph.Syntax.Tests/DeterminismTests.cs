using ActorGraph.Syntax.Conllu;
using ActorGraph.Syntax.Training;

namespace ActorGraph.Syntax.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("syntax-determinism").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Training_twice_on_the_same_data_with_the_same_seed_gives_identical_bytes()
    {
        var first = Train(seed: 7, "a.syntax");
        var second = Train(seed: 7, "b.syntax");

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_model()
    {
        Assert.NotEqual(Train(seed: 7, "a.syntax"), Train(seed: 8, "c.syntax"));
    }

    [Fact]
    public void A_model_trained_on_a_slice_parses_a_sentence_it_saw_into_a_tree()
    {
        var sentences = ConlluReader.ReadFolder(Shipped.DataPath("ewt-slice"));
        var model = SyntaxTrainer.Train(sentences, sentences.Take(20).ToList(), Options(3), _ => { });

        var parsed = model.ParseWords([.. sentences[5].Words.Select(w => w.Form)]);

        PathologicalInputTests.AssertTree(parsed, sentences[5].Words.Count);
    }

    private byte[] Train(ulong seed, string name)
    {
        var sentences = ConlluReader.ReadFolder(Shipped.DataPath("ewt-slice"));
        var lines = new List<string>();
        var model = SyntaxTrainer.Train(sentences, sentences.Take(20).ToList(), Options(seed), lines.Add);
        var path = Path.Combine(folder, name);
        model.Save(path);
        Assert.Contains(lines, l => l.StartsWith("parser epoch 2:", StringComparison.Ordinal));
        return File.ReadAllBytes(path);
    }

    private static TrainingOptions Options(ulong seed) => new() { Seed = seed, TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 2 };
}
