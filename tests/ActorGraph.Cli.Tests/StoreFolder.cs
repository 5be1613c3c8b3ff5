using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Tests;

/// <summary>A temp folder to run the CLI in, with helpers to fill a store there through <see cref="SqliteGraphStore"/>.</summary>
public sealed class StoreFolder : IDisposable
{
    /// <summary>Creates an empty folder.</summary>
    public StoreFolder()
    {
        Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "actorgraph-cli-tests", Guid.NewGuid().ToString("N"))).FullName;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The full path of a file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes articles into a store file in the folder and returns its path.</summary>
    public async Task<string> StoreAsync(string name, params ExtractedArticle[] articles)
    {
        var path = File(name);
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await store.IngestAsync(articles);
        return path;
    }

    /// <summary>A store with three actors, two edges and two articles: Erdoğan consults Putin, Russia attacks Ukraine.</summary>
    public Task<string> SmallWorldAsync(string name = "world.db")
    {
        var erdogan = Some.Actor("person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan", Core.Actors.ActorKind.Person, "TUR");
        var putin = Some.Actor("person/vladimir-putin", "Vladimir Putin", Core.Actors.ActorKind.Person, "RUS");
        var russia = Some.Actor("country/RUS", "Russia", country: "RUS");
        var ukraine = Some.Actor("country/UKR", "Ukraine", country: "UKR");
        return StoreAsync(name,
            Some.Article("a1", (erdogan, PloverType.Consult, putin, "the Turkish president"), (russia, PloverType.Assault, ukraine, "Moscow")),
            Some.Article("a2", (russia, PloverType.Assault, ukraine, "Russian forces")));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
