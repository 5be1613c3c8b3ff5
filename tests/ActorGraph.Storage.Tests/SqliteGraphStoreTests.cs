using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Sqlite.Schema;

namespace ActorGraph.Storage.Tests;

/// <summary>What only the SQLite store promises: its file, its schema versions and its locking.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => _folder.File("graph.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Opening_a_missing_file_creates_a_store_at_the_latest_version()
    {
        await using (await SqliteGraphStore.OpenAsync(StorePath))
        {
        }

        Assert.Equal((long)Migrations.Latest, RawSqlite.Scalar(StorePath, "PRAGMA user_version"));
        Assert.Equal("ActorGraph", RawSqlite.Scalar(StorePath, "SELECT value FROM actorgraph_meta WHERE key = 'application'"));
    }

    [Fact]
    public async Task Many_openers_of_one_new_file_at_once_all_get_the_store()
    {
        // Two workers starting together once saw the other's half-made store as a foreign database.
        for (var round = 0; round < 100; round++)
        {
            var path = _folder.File($"race-{round}.db");

            var stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => SqliteGraphStore.OpenAsync(path))));

            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            Assert.Equal((long)Migrations.Latest, RawSqlite.Scalar(path, "PRAGMA user_version"));
        }
    }

    [Fact]
    public async Task Opening_a_missing_file_in_a_missing_folder_creates_both()
    {
        var path = _folder.File(Path.Combine("nested", "deeper", "graph.db"));

        await using (await SqliteGraphStore.OpenAsync(path))
        {
        }

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Opening_an_empty_file_makes_it_a_store()
    {
        await File.WriteAllBytesAsync(StorePath, []);

        await using var store = await SqliteGraphStore.OpenAsync(StorePath);

        Assert.Equal(new GraphStats(0, 0, 0, 0), await store.GetStatsAsync());
    }

    [Fact]
    public async Task Missing_file_is_not_created_when_creation_is_off()
    {
        var options = SqliteStoreOptions.Default with { CreateIfMissing = false };

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => SqliteGraphStore.OpenAsync(StorePath, options));

        Assert.Contains(StorePath, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public async Task Reopening_a_store_keeps_its_contents()
    {
        await using (var store = await SqliteGraphStore.OpenAsync(StorePath))
        {
            await store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault))]);
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(StorePath);

        Assert.Equal(new GraphStats(Articles: 1, Actors: 2, Events: 1, Relations: 1), await reopened.GetStatsAsync());
        Assert.Equal(IngestReport.Empty with { ArticlesSkipped = 1 },
            await reopened.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault))]));
    }

    [Fact]
    public async Task Store_journal_is_wal()
    {
        await using (await SqliteGraphStore.OpenAsync(StorePath))
        {
        }

        Assert.Equal("wal", RawSqlite.Scalar(StorePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Text_file_is_not_a_store()
    {
        const string Text = "These are my notes, not a database. They are long enough to fill a header.\n";
        await File.WriteAllTextAsync(StorePath, string.Concat(Enumerable.Repeat(Text, 20)));

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => SqliteGraphStore.OpenAsync(StorePath));

        Assert.StartsWith($"{StorePath} is not an ActorGraph store", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Concat(Enumerable.Repeat(Text, 20)), await File.ReadAllTextAsync(StorePath));
    }

    [Fact]
    public async Task Sqlite_database_of_another_application_is_not_a_store()
    {
        RawSqlite.Scalar(StorePath, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => SqliteGraphStore.OpenAsync(StorePath));

        Assert.StartsWith($"{StorePath} is not an ActorGraph store", error.Message, StringComparison.Ordinal);
        Assert.Contains("invoices", error.Message, StringComparison.Ordinal);
        Assert.Equal("delete", RawSqlite.Scalar(StorePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Versioned_database_without_the_marker_is_not_a_store()
    {
        RawSqlite.Scalar(StorePath, "CREATE TABLE actorgraph_meta (something TEXT); PRAGMA user_version = 1;");

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => SqliteGraphStore.OpenAsync(StorePath));

        Assert.StartsWith($"{StorePath} is not an ActorGraph store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_from_a_newer_version_is_refused()
    {
        await using (await SqliteGraphStore.OpenAsync(StorePath))
        {
        }

        RawSqlite.Scalar(StorePath, $"PRAGMA user_version = {Migrations.Latest + 1}");

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => SqliteGraphStore.OpenAsync(StorePath));
        Assert.Contains(StorePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_run_in_order_from_the_stored_version()
    {
        await using (var store = await SqliteGraphStore.OpenAsync(StorePath))
        {
            await store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault))]);
        }

        string[] upgraded = [.. Migrations.All, "CREATE TABLE later (x INTEGER)", "INSERT INTO later (x) SELECT COUNT(*) FROM events"];
        await using (var store = await SqliteGraphStore.OpenAsync(StorePath, SqliteStoreOptions.Default, upgraded, CancellationToken.None))
        {
            Assert.Equal(1, (await store.GetStatsAsync()).Events);
        }

        Assert.Equal((long)upgraded.Length, RawSqlite.Scalar(StorePath, "PRAGMA user_version"));
        Assert.Equal(1L, RawSqlite.Scalar(StorePath, "SELECT x FROM later"));
    }

    [Fact]
    public async Task Store_locked_by_another_writer_is_unavailable_after_the_busy_timeout()
    {
        await using var store = await SqliteGraphStore.OpenAsync(StorePath, SqliteStoreOptions.Default with { BusyTimeout = TimeSpan.FromMilliseconds(10) });
        using var other = RawSqlite.Open(StorePath);
        RawSqlite.Scalar(other, "BEGIN IMMEDIATE");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault))]));

        Assert.Contains(StorePath, error.Message, StringComparison.Ordinal);
        RawSqlite.Scalar(other, "ROLLBACK");
    }

    [Fact]
    public async Task Readers_are_not_blocked_by_a_writer()
    {
        await using var store = await SqliteGraphStore.OpenAsync(StorePath, SqliteStoreOptions.Default with { BusyTimeout = TimeSpan.FromMilliseconds(10) });
        await store.IngestAsync([Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault))]);
        using var other = RawSqlite.Open(StorePath);
        RawSqlite.Scalar(other, "BEGIN IMMEDIATE; DELETE FROM relations;");

        Assert.Single(await store.ReadRelationsAsync().ToListAsync());
        RawSqlite.Scalar(other, "ROLLBACK");
    }

    [Fact]
    public async Task Ingest_time_comes_from_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 1, 12, 30, 0, TimeSpan.Zero));
        await using (var store = await SqliteGraphStore.OpenAsync(StorePath, SqliteStoreOptions.Default with { TimeProvider = clock }))
        {
            await store.IngestAsync([Some.Article("a1")]);
        }

        Assert.Equal("2025-06-01T12:30:00.000Z", RawSqlite.Scalar(StorePath, "SELECT ingested_at FROM articles"));
    }

    [Fact]
    public async Task Event_with_confidence_outside_the_unit_interval_is_rejected()
    {
        await using var store = await SqliteGraphStore.OpenAsync(StorePath);

        await Assert.ThrowsAsync<ArgumentException>(() => store.IngestAsync(
            [Some.Article("a1", Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, confidence: 1.5))]));
    }

    [Fact]
    public async Task Disposed_store_refuses_calls()
    {
        var store = await SqliteGraphStore.OpenAsync(StorePath);
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetStatsAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
