using ActorGraph.Cli.Generation;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Cli.Tests.Generation;

public sealed class SyntheticGraphGeneratorTests
{
    private static readonly List<RelationSummary> Graph = SomeGraph.Relations();

    [Fact]
    public void Same_seed_gives_the_same_actors_and_relations()
    {
        var again = SomeGraph.Generator();
        Assert.Equal(SomeGraph.Generator().Actors.Select(a => a.Actor), again.Actors.Select(a => a.Actor));
        Assert.Equal(Graph.Select(Describe), again.Relations().Select(Describe));
    }

    [Fact]
    public void Different_seeds_give_different_graphs()
    {
        var other = SomeGraph.Relations(seed: 8);
        Assert.NotEqual(Graph.Select(r => r.Key).ToHashSet(), other.Select(r => r.Key).ToHashSet());
    }

    [Fact]
    public void No_two_relations_share_a_key_and_symmetric_ones_are_ordered()
    {
        Assert.Equal(20_000, Graph.Count);
        Assert.Equal(Graph.Count, Graph.Select(r => r.Key).Distinct().Count());
        Assert.All(Graph.Where(r => r.Type.IsSymmetric()), r => Assert.True(r.Source < r.Target));
        Assert.All(Graph, r => Assert.NotEqual(r.Source, r.Target));
    }

    [Fact]
    public void Every_relation_names_a_generated_actor()
    {
        var ids = SomeGraph.Generator().Actors.Select(a => a.Actor.Id).ToHashSet();
        Assert.All(Graph, r => Assert.True(ids.Contains(r.Source) && ids.Contains(r.Target)));
    }

    [Fact]
    public void Hubs_have_the_highest_degrees()
    {
        var generator = SomeGraph.Generator();
        var hubs = generator.Actors.Take(generator.HubCount).Select(a => a.Actor.Id.Value).ToHashSet();
        var ranked = SomeGraph.Degrees(Graph).OrderByDescending(p => p.Value).ToList();
        Assert.Equal("country/USA", ranked[0].Key);
        Assert.All(ranked.Take(20), p => Assert.Contains(p.Key, hubs));
        var quietestHub = ranked.Where(p => hubs.Contains(p.Key)).Min(p => p.Value);
        var busiestOther = ranked.Where(p => !hubs.Contains(p.Key)).Max(p => p.Value);
        Assert.True(quietestHub > busiestOther, $"quietest hub {quietestHub}, busiest other actor {busiestOther}");
    }

    [Fact]
    public void Degrees_are_heavy_tailed()
    {
        var degrees = SomeGraph.Degrees(Graph).Values.Order().ToArray();
        var median = degrees[degrees.Length / 2];
        Assert.InRange(median, 1, 20);
        Assert.True(degrees[^1] > 50 * median, $"max {degrees[^1]}, median {median}");
    }

    [Fact]
    public void All_sixteen_types_occur_with_consult_and_accuse_commonest()
    {
        var counts = Graph.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(16, counts.Count);
        var commonest = counts.OrderByDescending(p => p.Value).Take(2).Select(p => p.Key).ToHashSet();
        Assert.Equal(new HashSet<PloverType> { PloverType.Consult, PloverType.Accuse }, commonest);
        Assert.True(counts[PloverType.Assault] * 3 < counts[PloverType.Accuse]);
    }

    [Fact]
    public void Timelines_fall_in_the_ten_years_sorted_and_agree_with_the_summary()
    {
        Assert.All(Graph, r =>
        {
            Assert.Equal(r.EventCount, r.Timeline.Count);
            Assert.InRange(r.ArticleCount, 1, r.EventCount);
            Assert.Equal(r.Timeline[0].Date, r.FirstDate);
            Assert.Equal(r.Timeline[^1].Date, r.LastDate);
            Assert.InRange(r.FirstDate, new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31));
            Assert.InRange(r.LastDate, new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31));
            Assert.Equal(r.Timeline.OrderBy(s => s.Packed), r.Timeline);
            Assert.InRange(r.MeanConfidence, 0.55, 0.95);
        });
        Assert.Equal(10, Graph.Select(r => r.FirstDate.Year).Distinct().Count());
    }

    [Fact]
    public void Evidence_is_heavy_tailed_and_mostly_asserted()
    {
        var events = Graph.Select(r => r.EventCount).Order().ToArray();
        Assert.InRange(events[events.Length / 2], 1, 2);
        Assert.True(events[^1] >= 100, $"largest timeline {events[^1]}");
        var stamps = Graph.SelectMany(r => r.Timeline).ToArray();
        Assert.InRange(stamps.Count(s => s.Modality == Modality.Asserted) / (double)stamps.Length, 0.85, 0.95);
        Assert.Contains(stamps, s => s.Modality == Modality.Hypothetical);
    }

    [Fact]
    public void Hub_ids_are_the_gazetteers_own()
    {
        var gazetteer = ExtractionKnowledge.Load().Gazetteer;
        Assert.All(Hubs.All, hub => Assert.NotNull(gazetteer.Find(hub.Id)));
    }

    [Fact]
    public void A_graph_too_dense_to_draw_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeneratorOptions(10, 1000, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeneratorOptions(1, 0, 1));
    }

    [Fact]
    public void Tiny_graphs_use_only_the_first_hubs()
    {
        var generator = SomeGraph.Generator(actors: 5, relations: 50);
        Assert.Equal(Hubs.All.Take(5), generator.Actors.Select(a => a.Actor));
        Assert.Equal(50, generator.Relations().Count());
    }

    private static string Describe(RelationSummary r) =>
        $"{r.Source} {r.Target} {r.Type} {r.EventCount} {r.ArticleCount} {r.FirstDate} {r.LastDate} {r.MeanConfidence} {string.Join(',', r.Timeline.Select(s => s.Packed))}";
}
