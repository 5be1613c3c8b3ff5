using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests.Contract;

/// <summary>The evidence drill-down: every <see cref="EventQuery"/> field, over a small world whose events are numbered by sentence.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly ActorId Rus = new("country/RUS");
    private static readonly ActorId Ukr = new("country/UKR");
    private static readonly ActorId Usa = new("country/USA");

    [Fact]
    public async Task Event_query_by_source_returns_that_source_only()
    {
        Assert.Equal([0, 2, 5], await QueryWorldAsync(new EventQuery(Source: Rus)));
    }

    [Fact]
    public async Task Event_query_by_target_returns_that_target_only()
    {
        Assert.Equal([1, 3], await QueryWorldAsync(new EventQuery(Target: Rus)));
    }

    [Fact]
    public async Task Event_query_by_pair_is_directed()
    {
        Assert.Equal([0], await QueryWorldAsync(new EventQuery(Source: Rus, Target: Ukr)));
    }

    [Fact]
    public async Task Event_query_in_either_direction_matches_the_pair_both_ways()
    {
        Assert.Equal([0, 1], await QueryWorldAsync(new EventQuery(Source: Rus, Target: Ukr, EitherDirection: true)));
    }

    [Fact]
    public async Task Event_query_in_either_direction_matches_one_actor_at_either_end()
    {
        Assert.Equal([0, 1, 2, 3, 5], await QueryWorldAsync(new EventQuery(Source: Rus, EitherDirection: true)));
        Assert.Equal([0, 1, 2, 3, 5], await QueryWorldAsync(new EventQuery(Target: Rus, EitherDirection: true)));
    }

    [Fact]
    public async Task Event_query_by_types_returns_those_types_only()
    {
        Assert.Equal([0, 1, 4], await QueryWorldAsync(new EventQuery(Types: [PloverType.Assault, PloverType.Aid])));
    }

    [Fact]
    public async Task Event_query_with_empty_types_returns_every_type()
    {
        Assert.Equal([0, 1, 2, 3, 4, 5], await QueryWorldAsync(new EventQuery(Types: [])));
    }

    [Fact]
    public async Task Event_query_date_window_includes_both_ends()
    {
        Assert.Equal([2, 3, 4], await QueryWorldAsync(new EventQuery(Since: new DateOnly(2024, 2, 1), Until: new DateOnly(2024, 3, 1))));
    }

    [Fact]
    public async Task Event_query_filters_combine()
    {
        var query = new EventQuery(Source: Rus, Types: [PloverType.Assault], Since: new DateOnly(2024, 1, 11), EitherDirection: true);

        Assert.Equal([1], await QueryWorldAsync(query));
    }

    [Fact]
    public async Task Event_query_limit_keeps_the_newest_first()
    {
        await IngestWorldAsync();

        var events = await Store.ReadEventsAsync(new EventQuery(Limit: 2)).ToListAsync();

        Assert.Equal([5, 4], events.Select(e => e.Evidence.SentenceIndex));
    }

    [Fact]
    public async Task Event_query_returns_newest_first()
    {
        await IngestWorldAsync();

        var events = await Store.ReadEventsAsync(new EventQuery(Source: Usa)).ToListAsync();

        Assert.Equal([4, 3], events.Select(e => e.Evidence.SentenceIndex));
    }

    [Fact]
    public async Task Event_query_for_an_unknown_actor_returns_nothing()
    {
        Assert.Empty(await QueryWorldAsync(new EventQuery(Source: new ActorId("country/XXX"))));
        Assert.Empty(await QueryWorldAsync(new EventQuery(Source: new ActorId("country/XXX"), EitherDirection: true)));
    }

    /// <summary>Six events in two articles, each numbered by its sentence index.</summary>
    private Task<IngestReport> IngestWorldAsync() => Store.IngestAsync([
        Some.Article("w1",
            Some.Event("w1", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-10", sentence: 0),
            Some.Event("w1", "country/UKR", "country/RUS", PloverType.Assault, "2024-01-12", sentence: 1),
            Some.Event("w1", "country/RUS", "country/USA", PloverType.Accuse, "2024-02-01", sentence: 2)),
        Some.Article("w2",
            Some.Event("w2", "country/USA", "country/RUS", PloverType.Sanction, "2024-02-15", sentence: 3),
            Some.Event("w2", "country/USA", "country/UKR", PloverType.Aid, "2024-03-01", sentence: 4),
            Some.Event("w2", "country/RUS", "country/CHN", PloverType.Consult, "2024-03-20", sentence: 5)),
    ]);

    private async Task<List<int>> QueryWorldAsync(EventQuery query)
    {
        await IngestWorldAsync();
        var events = await Store.ReadEventsAsync(query).ToListAsync();
        return [.. events.Select(e => e.Evidence.SentenceIndex).Order()];
    }
}
