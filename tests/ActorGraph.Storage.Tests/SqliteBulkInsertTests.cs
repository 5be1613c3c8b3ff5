using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Tests.Contract;

namespace ActorGraph.Storage.Tests;

/// <summary>The synthetic-graph path: actors and edges written directly, with no events behind them.</summary>
public sealed class SqliteBulkInsertTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore? _store;

    private SqliteGraphStore Store => _store!;

    public async Task InitializeAsync() => _store = await SqliteGraphStore.OpenAsync(_folder.File("synthetic.db"));

    public async Task DisposeAsync() => await Store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Bulk_inserted_edges_read_back_as_written()
    {
        var edges = new[]
        {
            Edge("country/RUS", "country/UKR", PloverType.Assault, ("2024-01-01", Modality.Asserted), ("2024-01-01", Modality.Future), ("2024-02-03", Modality.Asserted)),
            Edge("country/CHN", "country/USA", PloverType.Consult, ("2023-05-06", Modality.Hypothetical)),
        };

        await Store.BulkInsertAsync([Stored("country/RUS"), Stored("country/UKR"), Stored("country/USA"), Stored("country/CHN")], edges);

        var read = await Store.ReadRelationsAsync().ToListAsync();
        Assert.Equal(edges.Select(StoreSnapshot.Describe).Order(StringComparer.Ordinal), read.Select(StoreSnapshot.Describe).Order(StringComparer.Ordinal));
        Assert.Equal(new GraphStats(Articles: 0, Actors: 4, Events: 0, Relations: 2), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task Bulk_inserted_symmetric_edge_is_stored_in_key_order()
    {
        await Store.BulkInsertAsync([Stored("country/USA"), Stored("country/CHN")],
            [Edge("country/USA", "country/CHN", PloverType.Consult, ("2024-01-01", Modality.Asserted))]);

        var edge = Assert.Single(await Store.ReadRelationsAsync().ToListAsync());
        Assert.Equal(("country/CHN", "country/USA"), (edge.Source.Value, edge.Target.Value));
    }

    [Fact]
    public async Task Bulk_inserted_actors_keep_their_aliases_and_count_their_degree()
    {
        var rus = new StoredActor(Some.Actor("country/RUS", "Russia"), ["Moscow", "the Kremlin"], Degree: 99);

        await Store.BulkInsertAsync([rus, Stored("country/UKR")], [Edge("country/RUS", "country/UKR", PloverType.Assault, ("2024-01-01", Modality.Asserted))]);

        var read = (await Store.ReadActorsAsync().ToListAsync()).Single(a => a.Actor.Id == rus.Actor.Id);
        Assert.Equal(rus.Actor, read.Actor);
        Assert.Equal(["Moscow", "Russia", "the Kremlin"], read.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(1, read.Degree);
    }

    [Fact]
    public async Task Bulk_insert_of_an_edge_to_an_unknown_actor_writes_nothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.BulkInsertAsync(
            [Stored("country/RUS")],
            [Edge("country/RUS", "country/UKR", PloverType.Assault, ("2024-01-01", Modality.Asserted))]));

        Assert.Equal(new GraphStats(0, 0, 0, 0), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task Bulk_insert_marks_the_store_synthetic()
    {
        await Store.BulkInsertAsync([Stored("country/RUS")], []);

        Assert.Equal("true", RawSqlite.Scalar(Store.Path, "SELECT value FROM actorgraph_meta WHERE key = 'synthetic'"));
    }

    private static StoredActor Stored(string id) => new(Some.Actor(id), [], 0);

    private static RelationSummary Edge(string source, string target, PloverType type, params (string Date, Modality Modality)[] events)
    {
        var stamps = events.Select(e => new EventStamp(DateOnly.Parse(e.Date, System.Globalization.CultureInfo.InvariantCulture), e.Modality)).ToArray();
        return new RelationSummary(new ActorId(source), new ActorId(target), type, stamps.Length, 1,
            stamps.Min(s => s.Date), stamps.Max(s => s.Date), 0.75, stamps);
    }
}
