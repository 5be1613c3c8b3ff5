using ActorGraph.Cli.Fuzz;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Cli.Tests.Robustness;

/// <summary>
/// A short fuzz run inside the test suite: seeded mutations of the sample articles and of every input format through
/// every reader and the extractor. The long run (a million inputs and the scaling check) is <c>actorgraph fuzz</c>.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "SampleArticles");

    [Theory]
    [InlineData(7UL)]
    [InlineData(15UL)]
    public void Mutated_inputs_never_throw_hang_or_corrupt_text(ulong seed)
    {
        var extractor = new EventExtractor(ExtractionKnowledge.Load());
        var reader = new ArticleFileReader(new ArticleInputOptions { DefaultPublished = new DateOnly(2025, 5, 9) });
        var runner = new FuzzRunner(reader, extractor, new FuzzMutator(FuzzSeeds.Load(Samples), maxBytes: 4096));
        var failed = new List<string>();

        var report = runner.Run(seed, from: 0, count: 400, TimeSpan.FromMinutes(2), (failure, _) => failed.Add($"{failure.Index} {failure.Name}: {failure.Problem}"));

        Assert.Null(report.Hang);
        Assert.Empty(failed);
        Assert.Equal(400, report.Inputs);
        Assert.True(report.Articles > 100, $"only {report.Articles} articles were read: the mutations no longer reach the extractor");
    }

    [Fact]
    public void The_same_seed_and_index_make_the_same_input()
    {
        var mutator = new FuzzMutator(FuzzSeeds.Load(Samples), maxBytes: 4096);

        Assert.Equal(mutator.Make(3, 1234).Bytes, mutator.Make(3, 1234).Bytes);
        Assert.NotEqual(mutator.Make(3, 1234).Bytes, mutator.Make(3, 1235).Bytes);
    }
}
