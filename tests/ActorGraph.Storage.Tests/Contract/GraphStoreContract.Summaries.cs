using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests.Contract;

/// <summary>Summary edges: their identity, and that each equals a recount of its events.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Summaries_equal_a_recount_of_their_events()
    {
        await Store.IngestAsync([
            Some.Article("a1",
                Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-10", 0.9),
                Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-03", 0.7, Modality.Future, 1),
                Some.Event("a1", "country/USA", "country/CHN", PloverType.Consult, "2024-02-01", 0.5, sentence: 2)),
            Some.Article("a2",
                Some.Event("a2", "country/CHN", "country/USA", PloverType.Consult, "2024-01-20", 0.6),
                Some.Event("a2", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-10", 0.4, Modality.Hypothetical, 1)),
        ]);
        await Store.IngestAsync([
            Some.Article("a3",
                Some.Event("a3", "country/UKR", "country/RUS", PloverType.Assault, "2024-01-11", 0.8),
                Some.Event("a3", "country/USA", "country/CHN", PloverType.Consult, "2024-03-05", 0.95, sentence: 1)),
            Some.Revision(Some.Article("a2"),
                Some.Event("a2", "country/CHN", "country/USA", PloverType.Consult, "2024-01-21", 0.3),
                Some.Event("a2", "country/RUS", "country/UKR", PloverType.Assault, "2023-12-31", 0.2, sentence: 1)),
        ]);

        var events = await Store.ReadEventsAsync(new EventQuery(Limit: int.MaxValue)).ToListAsync();
        var expected = events.GroupBy(RelationKey.Of).ToDictionary(g => g.Key, g => g.ToList());
        var relations = await Store.ReadRelationsAsync().ToListAsync();

        Assert.Equal(expected.Keys.Order(KeyOrder), relations.Select(r => r.Key).Order(KeyOrder));
        foreach (var relation in relations)
        {
            var recount = expected[relation.Key];
            Assert.Equal((relation.Key.Source, relation.Key.Target), (relation.Source, relation.Target));
            Assert.Equal(recount.Count, relation.EventCount);
            Assert.Equal(recount.Select(e => e.ArticleId).Distinct().Count(), relation.ArticleCount);
            Assert.Equal(recount.Min(e => e.Date), relation.FirstDate);
            Assert.Equal(recount.Max(e => e.Date), relation.LastDate);
            Assert.Equal(recount.Average(e => e.Evidence.Confidence), relation.MeanConfidence, precision: 12);
            Assert.Equal(relation.Timeline.OrderBy(s => s.Date), relation.Timeline);
            Assert.Equal(
                recount.Select(e => new EventStamp(e.Date, e.Modality).Packed).Order(),
                relation.Timeline.Select(s => s.Packed).Order());
        }
    }

    [Fact]
    public async Task Symmetric_relation_in_both_directions_is_one_edge()
    {
        await Store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/USA", "country/CHN", PloverType.Consult, "2024-01-01"),
            Some.Event("a1", "country/CHN", "country/USA", PloverType.Consult, "2024-01-02", sentence: 1))]);

        var edge = Assert.Single(await Store.ReadRelationsAsync().ToListAsync());

        Assert.Equal(("country/CHN", "country/USA", 2), (edge.Source.Value, edge.Target.Value, edge.EventCount));
    }

    [Fact]
    public async Task Directed_relation_in_both_directions_is_two_edges()
    {
        await Store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/USA", "country/CHN", PloverType.Accuse),
            Some.Event("a1", "country/CHN", "country/USA", PloverType.Accuse, sentence: 1))]);

        var edges = await Store.ReadRelationsAsync().ToListAsync();

        Assert.Equal(
            ["country/CHN>country/USA", "country/USA>country/CHN"],
            edges.Select(e => $"{e.Source}>{e.Target}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Same_relation_in_two_articles_is_one_edge_with_two_articles()
    {
        await Store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-01"))]);
        await Store.IngestAsync([Some.Article("a2", Some.Event("a2", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-05"))]);

        var edge = Assert.Single(await Store.ReadRelationsAsync().ToListAsync());

        Assert.Equal((2, 2), (edge.EventCount, edge.ArticleCount));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 5)), (edge.FirstDate, edge.LastDate));
    }

    [Fact]
    public async Task Same_relation_twice_in_one_article_counts_one_article()
    {
        await Store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault),
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, sentence: 1))]);

        var edge = Assert.Single(await Store.ReadRelationsAsync().ToListAsync());

        Assert.Equal((2, 1), (edge.EventCount, edge.ArticleCount));
    }

    [Fact]
    public async Task Edge_left_without_events_disappears()
    {
        var original = Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault));
        await Store.IngestAsync([original]);

        await Store.IngestAsync([Some.Revision(original)]);

        Assert.Empty(await Store.ReadRelationsAsync().ToListAsync());
        Assert.Equal(new GraphStats(Articles: 1, Actors: 2, Events: 0, Relations: 0), await Store.GetStatsAsync());
    }

    private static IComparer<RelationKey> KeyOrder { get; } = Comparer<RelationKey>.Create((x, y) =>
        (x.Source, x.Target, x.Type).CompareTo((y.Source, y.Target, y.Type)));
}
