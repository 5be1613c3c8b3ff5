using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Server.Tests.Support;

/// <summary>A SQLite store built once from the shipped sample articles; each test that writes takes its own copy.</summary>
public sealed class SampleStore : IAsyncLifetime
{
    private readonly string folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "actorgraph-server-tests", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>The store file every read-only test shares.</summary>
    public string Path => System.IO.Path.Combine(folder, "samples.db");

    public async Task InitializeAsync()
    {
        var extractor = new EventExtractor(ExtractionKnowledge.Load());
        var reader = new ArticleFileReader(new ArticleInputOptions());
        await using var store = await SqliteGraphStore.OpenAsync(Path);
        foreach (var file in ArticleFileReader.ExpandPaths([System.IO.Path.Combine(AppContext.BaseDirectory, "SampleArticles")]).Files)
        {
            var input = await reader.ReadFileAsync(file);
            await store.IngestAsync([.. input.Articles.Select(a => new ExtractedArticle(a, extractor.Extract(a)))]);
        }

        Server = await ServerHost.StartAsync(Path);
    }

    /// <summary>A server over the shared store, for tests that only read.</summary>
    public ServerHost Server { get; private set; } = null!;

    /// <summary>A private copy of the store, for a test that writes.</summary>
    public string Copy()
    {
        var copy = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
        File.Copy(Path, copy);
        return copy;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The tests that share the sample store.</summary>
[CollectionDefinition(Name)]
public sealed class SampleStoreCollection : ICollectionFixture<SampleStore>
{
    public const string Name = "sample store";
}
