using System.Net;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Server.Tests.Support;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Server.Tests.Api;

/// <summary>A name two actors share cannot pick one: 400 listing both, and the ids still work.</summary>
public sealed class AmbiguityTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "actorgraph-server-tests", Guid.NewGuid().ToString("N"))).FullName;
    private ServerHost server = null!;

    public async Task InitializeAsync()
    {
        var store = Path.Combine(folder, "georgia.db");
        var georgia = Some.Actor("country/GEO", "Georgia", country: "GEO");
        var diaspora = Some.Actor("group/georgia-diaspora", "Georgia", ActorKind.Group);
        var russia = Some.Actor("country/RUS", "Russia", country: "RUS");
        await using (var writer = await SqliteGraphStore.OpenAsync(store))
        {
            await writer.IngestAsync([Some.Article("a1", "2024-05-05", (georgia, PloverType.Accuse, russia), (diaspora, PloverType.Protest, russia))]);
        }

        server = await ServerHost.StartAsync(store);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_shared_name_answers_400_listing_every_actor_it_could_be()
    {
        var problem = await server.Client.GetJsonAsync("/api/v1/neighbourhood/Georgia", HttpStatusCode.BadRequest);
        Assert.Equal("id", problem.GetProperty("parameter").GetString());
        Assert.Equal(["country/GEO", "group/georgia-diaspora"], problem.GetProperty("candidates").Each("id").Order());
        Assert.Contains("Use an id", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ids_of_same_named_actors_pick_each_one()
    {
        var state = await server.Client.GetJsonAsync("/api/v1/actors/country/GEO");
        var group = await server.Client.GetJsonAsync("/api/v1/actors/group%2Fgeorgia-diaspora");
        Assert.Equal("state", state.GetProperty("kind").GetString());
        Assert.Equal("group", group.GetProperty("kind").GetString());
    }
}
