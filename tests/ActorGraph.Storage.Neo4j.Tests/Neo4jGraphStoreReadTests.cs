using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Tests.Wire;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>What the store sends to read, and how it reads Neo4j's plain-JSON answers back into domain records.</summary>
public sealed class Neo4jGraphStoreReadTests : IAsyncLifetime
{
    private static readonly string[] EventFields =
    [
        "article", "sentenceIndex", "spanStart", "spanEnd", "sentence", "confidence", "sourceText", "targetText", "type", "mode",
        "date", "datePrecision", "modality", "seq",
        "sourceId", "sourceName", "sourceKind", "sourceCountry", "sourceSector",
        "targetId", "targetName", "targetKind", "targetCountry", "targetSector",
    ];

    private readonly FakeNeo4jServer _server = new();
    private Neo4jQueryClient? _client;
    private Neo4jGraphStore? _store;

    private Neo4jGraphStore Store => _store!;

    public async Task InitializeAsync()
    {
        _client = Clients.Create(Clients.Options(_server) with { PageSize = 2 });
        _server.Responder = new StoreScript().Answer;
        _store = await Neo4jGraphStore.OpenAsync(_client);
        _server.Responder = _ => FakeReply.Rows();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _client!.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Events_read_back_from_plain_json_rows()
    {
        _server.Enqueue(FakeReply.Rows(EventFields, EventRow("a1", 3, "2024-05-02", 7)));

        var e = Assert.Single(await Store.ReadEventsAsync(new EventQuery()).ToListAsync());

        var expected = new ActorEvent(PloverType.Consult, "visit",
            new Actor(new ActorId("country/USA"), "USA", ActorKind.State, "USA"),
            new Actor(new ActorId("org/nato"), "NATO", ActorKind.Organisation, null, null),
            new DateOnly(2024, 5, 2), DatePrecision.Month, Modality.Future,
            new Evidence("a1", 3, 10, 40, "Washington met the alliance.", 0.65, "Washington", "the alliance"));
        Assert.Equal(expected, e);
    }

    [Fact]
    public async Task Event_filters_are_fixed_fragments_with_their_values_as_parameters()
    {
        var query = new EventQuery(Source: new ActorId("country/RUS"), Target: new ActorId("country/UKR"), Types: [PloverType.Assault, PloverType.Coerce],
            Since: new DateOnly(2024, 1, 1), Until: new DateOnly(2024, 12, 31), EitherDirection: true, Limit: 50);

        await Store.ReadEventsAsync(query).ToListAsync();

        var request = _server.Requests[^1];
        Assert.Contains("MATCH (s:Actor {id: $source})-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor {id: $target})", request.Statement, StringComparison.Ordinal);
        Assert.Contains("MATCH (s:Actor {id: $target})-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor {id: $source})", request.Statement, StringComparison.Ordinal);
        Assert.Contains("\nUNION\n", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("CALL", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain(" OR ", request.Statement, StringComparison.Ordinal);
        Assert.Contains("e.type IN $types", request.Statement, StringComparison.Ordinal);
        Assert.Contains("e.date >= date($since)", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("country/", request.Statement, StringComparison.Ordinal);
        Assert.Equal(("country/RUS", "country/UKR"), (request.Parameter("source").GetString(), request.Parameter("target").GetString()));
        Assert.Equal(["ASSAULT", "COERCE"], request.Parameter("types").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(("2024-01-01", "2024-12-31", 2), (request.Parameter("since").GetString(), request.Parameter("until").GetString(), request.Parameter("limit").GetInt32()));
    }

    [Fact]
    public async Task Events_are_read_in_pages_continuing_after_the_last_date_and_sequence()
    {
        _server.Enqueue(
            FakeReply.Rows(EventFields, EventRow("a1", 0, "2024-05-02", 9), EventRow("a1", 1, "2024-05-02", 8)),
            FakeReply.Rows(EventFields, EventRow("a1", 2, "2024-04-30", 7)));

        var events = await Store.ReadEventsAsync(new EventQuery(Limit: 3)).ToListAsync();

        Assert.Equal([0, 1, 2], events.Select(e => e.Evidence.SentenceIndex));
        var (first, second) = (_server.Requests[^2], _server.Requests[^1]);
        Assert.DoesNotContain("cursor", first.Statement, StringComparison.Ordinal);
        Assert.False(first.Parameters!.Value.TryGetProperty("cursorDate", out _));
        Assert.Contains("e.date <= date($cursorDate)\n  AND (e.date < date($cursorDate) OR e.seq < $cursorSeq)", second.Statement, StringComparison.Ordinal);
        Assert.Equal(("2024-05-02", 8, 1), (second.Parameter("cursorDate").GetString(), second.Parameter("cursorSeq").GetInt64(), second.Parameter("limit").GetInt32()));
    }

    [Fact]
    public async Task Events_of_no_actor_walk_the_date_index()
    {
        await Store.ReadEventsAsync(new EventQuery(Types: [PloverType.Consult])).ToListAsync();

        var statement = _server.Requests[^1].Statement;
        Assert.Contains("USING INDEX e:Event(date)\nWHERE e.date IS NOT NULL\n  AND e.type IN $types", statement, StringComparison.Ordinal);
        Assert.EndsWith("ORDER BY e.date DESC, e.seq DESC\nLIMIT $limit", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_of_one_actor_either_way_are_a_union_of_a_branch_anchored_at_each_end()
    {
        await Store.ReadEventsAsync(new EventQuery(Target: new ActorId("country/UKR"), EitherDirection: true)).ToListAsync();

        var request = _server.Requests[^1];
        Assert.Contains("MATCH (s:Actor {id: $target})-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor)\n", request.Statement, StringComparison.Ordinal);
        Assert.Contains("MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor {id: $target})\n", request.Statement, StringComparison.Ordinal);
        Assert.Equal(2, request.Statement!.Split("ORDER BY e.date DESC, e.seq DESC\nLIMIT $limit").Length - 1);
        Assert.False(request.Parameters!.Value.TryGetProperty("source", out _));
    }

    [Fact]
    public async Task Either_direction_halves_are_merged_newest_first_and_cut_to_the_page()
    {
        _server.Enqueue(
            FakeReply.Rows(EventFields, EventRow("a1", 0, "2024-05-02", 9), EventRow("a1", 1, "2024-04-01", 5), EventRow("a2", 2, "2024-05-02", 12), EventRow("a2", 3, "2024-03-01", 2)),
            FakeReply.Rows(EventFields, EventRow("a1", 1, "2024-04-01", 5)));

        var events = await Store.ReadEventsAsync(new EventQuery(Source: new ActorId("country/USA"), EitherDirection: true, Limit: 3)).ToListAsync();

        Assert.Equal([2, 0, 1], events.Select(e => e.Evidence.SentenceIndex));
        var second = _server.Requests[^1];
        Assert.Equal(("2024-05-02", 9, 1), (second.Parameter("cursorDate").GetString(), second.Parameter("cursorSeq").GetInt64(), second.Parameter("limit").GetInt32()));
    }

    [Fact]
    public async Task Zero_limit_reads_nothing_and_sends_nothing()
    {
        var sent = _server.Requests.Count;

        Assert.Empty(await Store.ReadEventsAsync(new EventQuery(Limit: 0)).ToListAsync());

        Assert.Equal(sent, _server.Requests.Count);
    }

    [Fact]
    public async Task Actors_are_read_in_pages_after_the_last_id_with_aliases_in_ordinal_order()
    {
        string[] fields = ["id", "name", "kind", "country", "sector", "aliases", "degree"];
        _server.Enqueue(
            FakeReply.Rows(fields, ["country/RUS", "Russia", "state", "RUS", null, new[] { "Russia", "Moscow", "RUS" }, 3], ["country/UKR", "UKR", "state", "UKR", null, null, 1]),
            FakeReply.Rows(fields, ["person/xi", "Xi Jinping", "person", "CHN", "government", new[] { "Xi" }, 0]));

        var actors = await Store.ReadActorsAsync().ToListAsync();

        Assert.Equal(["country/RUS", "country/UKR", "person/xi"], actors.Select(a => a.Actor.Id.Value));
        Assert.Equal(["Moscow", "RUS", "Russia"], actors[0].Aliases);
        Assert.Empty(actors[1].Aliases);
        Assert.Equal((new Actor(new ActorId("person/xi"), "Xi Jinping", ActorKind.Person, "CHN", "government"), 0), (actors[2].Actor, actors[2].Degree));
        Assert.Equal("country/UKR", _server.Requests[^1].Parameter("after").GetString());
    }

    [Fact]
    public async Task Relations_read_back_from_edge_maps_with_their_timeline()
    {
        var stamps = new[] { new EventStamp(new DateOnly(2024, 1, 3), Modality.Future), new EventStamp(new DateOnly(2024, 1, 10), Modality.Asserted) };
        _server.Enqueue(FakeReply.Rows(["id", "edges"],
            ["country/RUS", new object[]
            {
                new { source = "country/RUS", target = "country/UKR", type = "ASSAULT", events = 2, articles = 1, first = "2024-01-03", last = "2024-01-10", confidence = 0.8, timeline = stamps.Select(s => s.Packed) },
            }],
            ["country/UKR", Array.Empty<object>()]));
        _server.Enqueue(FakeReply.Rows(["id", "edges"]));

        var relation = Assert.Single(await Store.ReadRelationsAsync().ToListAsync());

        Assert.Equal((new ActorId("country/RUS"), new ActorId("country/UKR"), PloverType.Assault), (relation.Source, relation.Target, relation.Type));
        Assert.Equal((2, 1, new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 10), 0.8), (relation.EventCount, relation.ArticleCount, relation.FirstDate, relation.LastDate, relation.MeanConfidence));
        Assert.Equal(stamps, relation.Timeline);
    }

    [Fact]
    public async Task Stats_come_from_one_counting_statement()
    {
        _server.Enqueue(FakeReply.Rows(["articles", "actors", "events", "relations"], [3, 4, 5, 2]));

        Assert.Equal(new GraphStats(3, 4, 5, 2), await Store.GetStatsAsync());
    }

    [Fact]
    public async Task Neighbourhood_steps_out_hop_by_hop_with_the_window_as_packed_stamps()
    {
        string[] fields = ["fromId", "toId", "edge"];
        _server.Enqueue(
            FakeReply.Rows(fields, ["country/RUS", "country/UKR", Edge("country/RUS", "country/UKR", "ACCUSE")], ["country/RUS", "country/USA", Edge("country/USA", "country/RUS", "SANCTION")]),
            FakeReply.Rows(fields, ["country/UKR", "country/RUS", Edge("country/RUS", "country/UKR", "ACCUSE")], ["country/USA", "country/GBR", Edge("country/USA", "country/GBR", "ACCUSE")]));

        var hood = await Store.NeighbourhoodAsync(new ActorId("country/RUS"), 2, [PloverType.Sanction, PloverType.Accuse], new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30));

        Assert.NotNull(hood);
        Assert.Equal(["country/RUS:0", "country/UKR:1", "country/USA:1", "country/GBR:2"], hood.Actors.Select(a => $"{a.Id}:{a.Distance}"));
        Assert.Equal(3, hood.Edges.Count);
        var steps = _server.Requests.TakeLast(2).ToList();
        Assert.All(steps, r => Assert.Contains("[r:ACCUSE|SANCTION]", r.Statement, StringComparison.Ordinal));
        Assert.Equal(["country/RUS"], steps[0].Parameter("frontier").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["country/UKR", "country/USA"], steps[1].Parameter("frontier").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new EventStamp(new DateOnly(2024, 1, 1), Modality.Asserted).Packed, steps[0].Parameter("fromStamp").GetInt32());
        Assert.Equal(new EventStamp(new DateOnly(2024, 6, 30), Modality.Hypothetical).Packed, steps[0].Parameter("toStamp").GetInt32());
        Assert.Equal([0, 1], steps[0].Parameter("modalities").EnumerateArray().Select(m => m.GetInt32()));
        Assert.Contains("stamp % 4 IN $modalities", steps[0].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbourhood_counts_hypothetical_events_only_when_asked()
    {
        await Store.NeighbourhoodAsync(new ActorId("country/RUS"), 1, modalities: [Modality.Hypothetical, Modality.Asserted]);

        Assert.Equal([0, 2], _server.Requests[^1].Parameter("modalities").EnumerateArray().Select(m => m.GetInt32()));
    }

    [Fact]
    public async Task Neighbourhood_of_an_unknown_actor_is_null()
    {
        Assert.Null(await Store.NeighbourhoodAsync(new ActorId("country/XXX"), 1));
    }

    [Fact]
    public async Task Undefined_relation_type_is_refused_before_anything_is_sent()
    {
        var sent = _server.Requests.Count;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.NeighbourhoodAsync(new ActorId("country/RUS"), 1, [(PloverType)99]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ShortestPathAsync(new ActorId("country/RUS"), new ActorId("country/UKR"), [(PloverType)99]));

        Assert.Equal(sent, _server.Requests.Count);
    }

    [Fact]
    public async Task Shortest_path_is_found_by_cypher_within_the_hop_limit()
    {
        _server.Enqueue(FakeReply.Rows(["actors", "edges"],
            new object?[] { new[] { "country/RUS", "country/UKR", "country/USA" }, new[] { Edge("country/RUS", "country/UKR", "ASSAULT"), Edge("country/USA", "country/UKR", "AID") } }));

        var path = await Store.ShortestPathAsync(new ActorId("country/RUS"), new ActorId("country/USA"), maxHops: 3);

        Assert.NotNull(path);
        Assert.Equal(["country/RUS", "country/UKR", "country/USA"], path.Actors.Select(a => a.Value));
        Assert.Equal([PloverType.Assault, PloverType.Aid], path.Edges.Select(e => e.Type));
        var request = _server.Requests[^1];
        Assert.Contains("shortestPath((a)-[:AGREE|CONSULT|", request.Statement, StringComparison.Ordinal);
        Assert.Contains("*1..3]-(b))\nWHERE all(r IN relationships(p) WHERE any(stamp IN r.timeline WHERE stamp % 4 IN $modalities))", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("length(p)", request.Statement, StringComparison.Ordinal);
        Assert.Equal(("country/RUS", "country/USA"), (request.Parameter("fromId").GetString(), request.Parameter("toId").GetString()));
        Assert.Equal([0, 1], request.Parameter("modalities").EnumerateArray().Select(m => m.GetInt32()));
    }

    [Fact]
    public async Task No_path_short_enough_is_null()
    {
        Assert.Null(await Store.ShortestPathAsync(new ActorId("country/RUS"), new ActorId("country/USA")));
    }

    private static object?[] EventRow(string article, int sentence, string date, long seq) =>
    [
        article, sentence, 10, 40, "Washington met the alliance.", 0.65, "Washington", "the alliance", "CONSULT", "visit",
        date, "month", "future", seq,
        "country/USA", "USA", "state", "USA", null,
        "org/nato", "NATO", "organisation", null, null,
    ];

    private static object Edge(string source, string target, string type) => new
    {
        source,
        target,
        type,
        events = 1,
        articles = 1,
        first = "2024-02-01",
        last = "2024-02-01",
        confidence = 0.5,
        timeline = new[] { new EventStamp(new DateOnly(2024, 2, 1), Modality.Asserted).Packed },
    };
}
