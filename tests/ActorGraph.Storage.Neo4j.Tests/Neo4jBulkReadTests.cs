using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Tests.Wire;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>The paged bulk read: actors keyed in id order, then edges by those keys, one page per request.</summary>
public sealed class Neo4jBulkReadTests : IAsyncLifetime
{
    private static readonly string[] ActorFields = ["id", "name", "kind", "country", "sector", "aliases"];
    private readonly FakeNeo4jServer _server = new();
    private Neo4jQueryClient? _client;
    private Neo4jGraphStore? _store;

    public async Task InitializeAsync()
    {
        _client = Clients.Create(Clients.Options(_server) with { PageSize = 2 });
        _server.Responder = new StoreScript().Answer;
        _store = await Neo4jGraphStore.OpenAsync(_client);
        _server.Responder = _ => FakeReply.Rows();
    }

    public async Task DisposeAsync()
    {
        await _store!.DisposeAsync();
        _client!.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Graph_is_read_in_pages_by_id_with_actors_keyed_in_that_order()
    {
        var stamps = new[] { new EventStamp(new DateOnly(2024, 1, 3), Modality.Future).Packed, new EventStamp(new DateOnly(2024, 1, 10), Modality.Asserted).Packed };
        _server.Enqueue(
            FakeReply.Rows(["articles", "actors", "events", "relations"], [1, 3, 3, 2]),
            FakeReply.Rows(ActorFields, ["country/RUS", "RUS", "state", "RUS", null, new[] { "Russia", "Moscow" }], ["country/UKR", "UKR", "state", "UKR", null, Array.Empty<string>()]),
            FakeReply.Rows(ActorFields, ["country/USA", "USA", "state", "USA", null, Array.Empty<string>()]),
            FakeReply.Rows(["id", "edges"],
                ["country/RUS", new object[] { Edge("country/RUS", "country/UKR", "ASSAULT", stamps), Edge("country/RUS", "country/ZZZ", "ACCUSE", stamps) }],
                ["country/UKR", Array.Empty<object>()]),
            FakeReply.Rows(["id", "edges"], ["country/USA", new object[] { Edge("country/USA", "country/RUS", "SANCTION", stamps[..1]) }]));
        var sink = new ListSink();

        await _store!.ReadGraphAsync(sink);

        Assert.Equal((3L, 2L), sink.Reserved);
        Assert.Equal(["0:country/RUS:Moscow,Russia", "1:country/UKR:", "2:country/USA:"], sink.Actors);
        Assert.True(sink.EndedActorsBeforeEdges);
        Assert.Equal([$"0>1:Assault:2:{string.Join(',', stamps)}", $"2>0:Sanction:1:{stamps[0]}"], sink.Edges);
        var pages = _server.Requests.TakeLast(4).ToList();
        Assert.Equal(["", "country/UKR", "", "country/UKR"], pages.Select(r => r.Parameter("after").GetString()));
        Assert.All(pages, r => Assert.Equal(2, r.Parameter("page").GetInt32()));
        Assert.DoesNotContain("degree", pages[0].Statement, StringComparison.Ordinal);
    }

    private static object Edge(string source, string target, string type, int[] timeline) => new
    {
        source,
        target,
        type,
        events = timeline.Length,
        articles = 1,
        first = "2024-01-03",
        last = "2024-01-10",
        confidence = 0.5,
        timeline,
    };

    private sealed class ListSink : IGraphSink
    {
        public (long, long) Reserved { get; private set; }

        public List<string> Actors { get; } = [];

        public List<string> Edges { get; } = [];

        public bool EndedActorsBeforeEdges { get; private set; }

        public void Reserve(long actorCount, long relationCount) => Reserved = (actorCount, relationCount);

        public void AddActor(int key, Actor actor, IReadOnlyList<string> aliases) => Actors.Add($"{key}:{actor.Id}:{string.Join(',', aliases)}");

        public void EndActors() => EndedActorsBeforeEdges = Edges.Count == 0;

        public void AddRelation(in RelationRow relation, ReadOnlySpan<int> packedTimeline) =>
            Edges.Add($"{relation.SourceKey}>{relation.TargetKey}:{relation.Type}:{relation.EventCount}:{string.Join(',', packedTimeline.ToArray())}");
    }
}
