using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Tests.Generation;

public sealed class GenerateTests
{
    [Fact]
    public async Task The_same_seed_twice_writes_the_same_actors_and_relations()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, await CliRunner.RunAsync("generate", "--actors", "400", "--relations", "3000", "--seed", "5", "--store", folder.File("a.db")));
        Assert.Equal(0, await CliRunner.RunAsync("generate", "--actors", "400", "--relations", "3000", "--seed", "5", "--store", folder.File("b.db")));

        var a = await CliRunner.ReadBackAsync(folder.File("a.db"));
        var b = await CliRunner.ReadBackAsync(folder.File("b.db"));
        Assert.Equal(400, a.Actors.Count);
        Assert.Equal(3000, a.Relations.Count);
        Assert.Equal(Describe(a.Actors), Describe(b.Actors));
        Assert.Equal(Describe(a.Relations), Describe(b.Relations));
    }

    [Fact]
    public async Task A_different_seed_writes_different_relations()
    {
        using var folder = new TempFolder();
        await CliRunner.GenerateAsync(folder.File("a.db"), 400, 3000, seed: 5);
        await CliRunner.GenerateAsync(folder.File("b.db"), 400, 3000, seed: 6);
        var a = await CliRunner.ReadBackAsync(folder.File("a.db"));
        var b = await CliRunner.ReadBackAsync(folder.File("b.db"));
        Assert.NotEqual(a.Relations.Select(r => r.Key).ToHashSet(), b.Relations.Select(r => r.Key).ToHashSet());
    }

    [Fact]
    public async Task The_store_holds_exactly_what_the_generator_made()
    {
        using var folder = new TempFolder();
        await CliRunner.GenerateAsync(folder.File("g.db"), 300, 2000, seed: 9);
        var stored = await CliRunner.ReadBackAsync(folder.File("g.db"));
        var generator = SomeGraph.Generator(300, 2000, 9);
        Assert.Equal(Describe(generator.Relations()), Describe(stored.Relations));
        Assert.Equal(
            generator.Actors.Select(a => a.Actor).OrderBy(a => a.Id),
            stored.Actors.Select(a => a.Actor).OrderBy(a => a.Id));
        var degrees = SomeGraph.Degrees(stored.Relations);
        Assert.All(stored.Actors, a => Assert.Equal(degrees.GetValueOrDefault(a.Actor.Id.Value), a.Degree));
    }

    [Fact]
    public async Task Generating_into_a_store_that_holds_a_graph_is_refused()
    {
        using var folder = new TempFolder();
        await CliRunner.GenerateAsync(folder.File("g.db"), 100, 500, seed: 1);
        Assert.Equal(1, await CliRunner.RunAsync("generate", "--actors", "100", "--relations", "500", "--store", folder.File("g.db")));
        Assert.Equal(500, (await CliRunner.ReadBackAsync(folder.File("g.db"))).Relations.Count);
    }

    [Fact]
    public async Task Too_many_relations_for_the_actors_is_an_error_before_any_store_is_made()
    {
        using var folder = new TempFolder();
        Assert.Equal(1, await CliRunner.RunAsync("generate", "--actors", "10", "--relations", "100000", "--store", folder.File("g.db")));
        Assert.False(File.Exists(folder.File("g.db")));
    }

    private static IEnumerable<string> Describe(IEnumerable<StoredActor> actors) =>
        actors.Select(a => $"{a.Actor} {string.Join('|', a.Aliases)} {a.Degree}").Order(StringComparer.Ordinal);

    private static IEnumerable<string> Describe(IEnumerable<RelationSummary> relations) =>
        relations.Select(r => $"{r.Source} {r.Target} {r.Type} {r.EventCount} {r.ArticleCount} {r.FirstDate} {r.LastDate} {r.MeanConfidence} {string.Join(',', r.Timeline.Select(s => s.Packed))}")
            .Order(StringComparer.Ordinal);
}
