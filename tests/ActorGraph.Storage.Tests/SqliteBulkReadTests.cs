using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Tests.Contract;

namespace ActorGraph.Storage.Tests;

/// <summary>The whole-graph read a snapshot load takes: integer keys, two connections, one consistent moment.</summary>
public sealed class SqliteBulkReadTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore? _store;

    private SqliteGraphStore Store => _store!;

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(_folder.File("bulk.db"));
        var army = new Actor(new ActorId("country/RUS/military"), "Russian military", ActorKind.State, "RUS", "military");
        await Store.IngestAsync(
        [
            Some.Article("a1",
                Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, "2024-02-01", sourceText: "Moscow"),
                Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, "2024-01-05", modality: Modality.Future, sentence: 1),
                Some.Event("a1", "person/xi-jinping", "country/RUS", PloverType.Consult, "2024-03-01", sourceText: "Xi", sentence: 2)),
            Some.Article("a2",
                Some.Event("a2", army, Some.Actor("country/UKR"), PloverType.Assault, "2024-02-02"),
                Some.Event("a2", "org/nato", "org/nato", PloverType.Consult, "2024-04-04", sentence: 1)),
        ]);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Bulk_read_sends_the_actors_and_relations_the_streaming_reads_return()
    {
        var sink = new RecordingGraphSink();

        await Store.ReadGraphAsync(sink);

        var streamedActors = await Store.ReadActorsAsync().ToListAsync();
        Assert.Equal(
            streamedActors.Select(a => $"{a.Actor} [{string.Join('|', a.Aliases)}]").Order(StringComparer.Ordinal),
            sink.Actors.Values.Select(a => $"{a.Actor} [{string.Join('|', a.Aliases)}]").Order(StringComparer.Ordinal));
        var streamedRelations = await Store.ReadRelationsAsync().ToListAsync();
        Assert.Equal(4, streamedRelations.Count);
        Assert.Equal(
            streamedRelations.Select(StoreSnapshot.Describe).Order(StringComparer.Ordinal),
            sink.Summaries().Select(StoreSnapshot.Describe).Order(StringComparer.Ordinal));
        Assert.Equal((1, 0), (sink.EndActorsCalls, sink.ActorsAfterEnd));
    }

    [Fact]
    public async Task Edges_are_read_as_of_a_moment_before_the_actors_so_every_edge_names_a_sent_actor()
    {
        // Runs once the edges' read has begun and before the actors' has: what it writes is in the actors, not the edges.
        var sink = new RecordingGraphSink(() => Store.IngestAsync(
            [Some.Article("late", Some.Event("late", "country/FRA", "country/DEU", PloverType.Agree, "2024-05-05"))]).GetAwaiter().GetResult());

        await Store.ReadGraphAsync(sink);

        Assert.Contains(sink.Actors.Values, a => a.Actor.Id.Value == "country/FRA");
        Assert.DoesNotContain(sink.Relations, r => sink.Actors[r.Row.SourceKey].Actor.Id.Value == "country/FRA"
            || sink.Actors[r.Row.TargetKey].Actor.Id.Value == "country/FRA");
        Assert.All(sink.Relations, r => Assert.True(sink.Actors.ContainsKey(r.Row.SourceKey) && sink.Actors.ContainsKey(r.Row.TargetKey)));
        Assert.Equal(5, await Store.ReadRelationsAsync().CountAsync());
    }

    [Fact]
    public async Task Bulk_read_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReadGraphAsync(new RecordingGraphSink(), cancelled.Token));
    }

    [Fact]
    public async Task A_timeline_blob_of_broken_length_is_an_error_that_gives_the_length()
    {
        using (var connection = RawSqlite.Open(Store.Path))
        {
            RawSqlite.Scalar(connection, "UPDATE relations SET timeline = x'01020304050607'");
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Store.ReadGraphAsync(new RecordingGraphSink()));

        Assert.Contains("7 bytes", error.Message, StringComparison.Ordinal);
    }
}
