using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Storage.Tests;

/// <summary>A store opened only to be read: nothing created, nothing migrated, writes refused as a store fault.</summary>
public sealed class SqliteReadOnlyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static SqliteStoreOptions ReadOnly => SqliteStoreOptions.Default with { ReadOnly = true, CreateIfMissing = false };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_missing_store_opened_read_only_is_not_created()
    {
        var path = _folder.File("missing.db");

        await Assert.ThrowsAsync<FileNotFoundException>(() => SqliteGraphStore.OpenAsync(path, ReadOnly));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_store_opened_read_only_reads_everything_and_refuses_writes_as_a_read_only_fault()
    {
        var path = _folder.File("graph.db");
        await using (var writer = await SqliteGraphStore.OpenAsync(path))
        {
            await writer.IngestAsync([Some.Article("a1")]);
        }

        await using var store = await SqliteGraphStore.OpenAsync(path, ReadOnly);
        var stats = await store.GetStatsAsync();
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.IngestAsync([Some.Article("a2")]));

        Assert.Equal(1, stats.Articles);
        Assert.Equal(StoreFault.ReadOnly, refused.Fault);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await store.GetStatsAsync()).Articles);
    }

    [Fact]
    public async Task An_empty_file_opened_read_only_is_not_a_store()
    {
        var path = _folder.File("empty.db");
        await File.WriteAllBytesAsync(path, []);

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => SqliteGraphStore.OpenAsync(path, ReadOnly));

        Assert.Contains("not an ActorGraph store", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(path).Length);
    }
}
