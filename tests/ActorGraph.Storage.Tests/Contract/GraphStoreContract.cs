using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> promises. A store's test class derives from this and only says how to
/// create a fresh, empty store; each test gets its own.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The fresh store of the running test.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created before each test.");

    /// <summary>Creates a new, empty store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <inheritdoc />
    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Empty_store_counts_nothing_and_reads_nothing()
    {
        Assert.Equal(new GraphStats(0, 0, 0, 0), await Store.GetStatsAsync());
        Assert.Empty(await Store.ReadActorsAsync().ToListAsync());
        Assert.Empty(await Store.ReadRelationsAsync().ToListAsync());
        Assert.Empty(await Store.ReadEventsAsync(new EventQuery()).ToListAsync());
    }

    [Fact]
    public async Task Empty_batch_changes_nothing()
    {
        Assert.Equal(IngestReport.Empty, await Store.IngestAsync([]));
        Assert.Equal(new GraphStats(0, 0, 0, 0), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task New_articles_are_reported_new_with_their_events()
    {
        var report = await Store.IngestAsync([
            Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault)),
            Some.Article("a2", Some.Event("a2", "country/USA", "country/UKR", PloverType.Aid), Some.Event("a2", "country/USA", "country/RUS", PloverType.Sanction, sentence: 1)),
        ]);

        Assert.Equal(new IngestReport(ArticlesNew: 2, ArticlesSkipped: 0, ArticlesReplaced: 0, EventsStored: 3), report);
    }

    [Fact]
    public async Task Stats_count_articles_actors_events_and_relations()
    {
        await Store.IngestAsync([
            Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault), Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, sentence: 1)),
            Some.Article("a2", Some.Event("a2", "country/USA", "country/UKR", PloverType.Aid)),
            Some.Article("quiet"),
        ]);

        Assert.Equal(new GraphStats(Articles: 3, Actors: 3, Events: 3, Relations: 2), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task Reingesting_same_article_changes_nothing()
    {
        var article = Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault),
            Some.Event("a1", "country/USA", "country/RUS", PloverType.Consult, sentence: 1));
        await Store.IngestAsync([article]);
        var before = await StoreSnapshot.TakeAsync(Store);

        var report = await Store.IngestAsync([article]);

        Assert.Equal(new IngestReport(ArticlesNew: 0, ArticlesSkipped: 1, ArticlesReplaced: 0, EventsStored: 0), report);
        (await StoreSnapshot.TakeAsync(Store)).AssertSameAs(before);
    }

    [Fact]
    public async Task Changed_article_replaces_its_events()
    {
        var original = Some.Article("a1",
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault),
            Some.Event("a1", "country/USA", "country/RUS", PloverType.Consult, sentence: 1));
        var untouched = Some.Article("a2", Some.Event("a2", "country/RUS", "country/UKR", PloverType.Assault, date: "2024-02-01"));
        await Store.IngestAsync([original, untouched]);

        var report = await Store.IngestAsync([Some.Revision(original,
            Some.Event("a1", "country/RUS", "country/UKR", PloverType.Threaten, sentence: 2))]);

        Assert.Equal(new IngestReport(ArticlesNew: 0, ArticlesSkipped: 0, ArticlesReplaced: 1, EventsStored: 1), report);
        var events = await Store.ReadEventsAsync(new EventQuery(Limit: int.MaxValue)).ToListAsync();
        Assert.Equal(
            ["a1 Threaten 2", "a2 Assault 0"],
            events.Select(e => $"{e.ArticleId} {e.Type} {e.Evidence.SentenceIndex}").Order(StringComparer.Ordinal));
        var relations = await Store.ReadRelationsAsync().ToListAsync();
        Assert.Equal(
            ["Assault events=1", "Threaten events=1"],
            relations.Select(r => $"{r.Type} events={r.EventCount}").Order(StringComparer.Ordinal));
        Assert.Equal(new GraphStats(Articles: 2, Actors: 3, Events: 2, Relations: 2), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task Batch_with_an_invalid_item_is_rejected_and_changes_nothing()
    {
        var existing = Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault));
        await Store.IngestAsync([existing]);
        var before = await StoreSnapshot.TakeAsync(Store);

        // The valid items come first, so a store that writes as it goes must really roll them back.
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.IngestAsync([
            Some.Article("a2", Some.Event("a2", "country/USA", "country/CHN", PloverType.Accuse)),
            Some.Revision(existing, Some.Event("a1", "country/RUS", "country/UKR", PloverType.Coerce)),
            Some.Article("a3", Some.Event("not-a3", "country/FRA", "country/DEU", PloverType.Agree)),
        ]));

        (await StoreSnapshot.TakeAsync(Store)).AssertSameAs(before);
    }

    [Fact]
    public async Task Cancelled_ingest_changes_nothing()
    {
        await Store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault))]);
        var before = await StoreSnapshot.TakeAsync(Store);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.IngestAsync(
            [Some.Article("a2", Some.Event("a2", "country/USA", "country/CHN", PloverType.Accuse))], cancelled.Token));

        (await StoreSnapshot.TakeAsync(Store)).AssertSameAs(before);
    }

    [Fact]
    public async Task Stored_events_read_back_as_ingested()
    {
        var visit = Some.Event("a1", "country/USA", "org/nato", PloverType.Consult, "2024-05-02", 0.65, Modality.Future, 3, "Washington", "the alliance");
        var consult = visit with { Mode = "visit", DatePrecision = DatePrecision.Month };
        var accuse = Some.Event("a1", Some.Actor("person/xi-jinping", "Xi Jinping") with { Country = "CHN", Sector = "government" },
            Some.Actor("group/the-west", "the West"), PloverType.Accuse, "2023-01-01", 1.0, Modality.Hypothetical, 0, "Xi", "Western powers");

        await Store.IngestAsync([Some.Article("a1", consult, accuse)]);

        var events = await Store.ReadEventsAsync(new EventQuery()).ToListAsync();
        Assert.Equal([consult, accuse], events);
    }
}
