using ActorGraph.Core.Events;

namespace ActorGraph.Storage.Tests.Contract;

/// <summary>Actors: their details, the names they were seen under, and their degree.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Actors_are_aliased_by_their_surface_forms_and_display_name()
    {
        await Store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, sourceText: "Moscow", targetText: "Kyiv"),
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, sourceText: "Russia", targetText: "Kyiv", sentence: 1))]);

        var actors = await Store.ReadActorsAsync().ToDictionaryAsync(a => a.Actor.Id.Value);

        Assert.Equal(["Moscow", "RUS", "Russia"], actors["country/RUS"].Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(["Kyiv", "UKR"], actors["country/UKR"].Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Actor_details_come_from_the_latest_ingest()
    {
        await Store.IngestAsync([Some.Article("a1", Some.Event("a1", Some.Actor("person/vladimir-putin", "Putin"), Some.Actor("country/UKR"), PloverType.Threaten))]);
        var renamed = Some.Actor("person/vladimir-putin", "Vladimir Putin") with { Country = "RUS", Sector = "government" };

        await Store.IngestAsync([Some.Article("a2", Some.Event("a2", renamed, Some.Actor("country/UKR"), PloverType.Threaten))]);

        var putin = (await Store.ReadActorsAsync().ToListAsync()).Single(a => a.Actor.Id.Value == "person/vladimir-putin");
        Assert.Equal(renamed, putin.Actor);
        Assert.Equal(["Putin", "Vladimir Putin"], putin.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Actor_degree_counts_the_edges_touching_it()
    {
        await Store.IngestAsync([Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault),
            Some.Event("a1", "country/UKR", "country/RUS", PloverType.Assault, sentence: 1),
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Threaten, sentence: 2),
            Some.Event("a1", "country/USA", "country/UKR", PloverType.Aid, sentence: 3))]);

        var degrees = await Store.ReadActorsAsync().ToDictionaryAsync(a => a.Actor.Id.Value, a => a.Degree);

        Assert.Equal(3, degrees["country/RUS"]);
        Assert.Equal(4, degrees["country/UKR"]);
        Assert.Equal(1, degrees["country/USA"]);
    }
}
