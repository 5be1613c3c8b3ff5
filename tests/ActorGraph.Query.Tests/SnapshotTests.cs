using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Actors_are_numbered_in_id_order_whatever_order_they_come_in()
    {
        var graph = SomeGraph.With("C", "A", "B").Build();

        Assert.Equal(["country/A", "country/B", "country/C"], graph.Actors.Select(a => a.Actor.Id.Value));
        Assert.True(graph.TryGetVertex(Id("B"), out var b));
        Assert.Equal(1, b);
    }

    [Fact]
    public void Relations_come_out_as_they_went_in()
    {
        var source = SomeGraph.With("A", "B", "C")
            .Edge("B", "C", PloverType.Accuse, "2024-01-02", "2024-03-04")
            .Edge("A", "C", PloverType.Aid, 2, "2023-05-06");
        var graph = source.Build();

        var relation = graph.Relations.Single(r => r.Type == PloverType.Accuse);
        var expected = source.Relations.Single(r => r.Type == PloverType.Accuse);

        Assert.Equal(expected.Key, relation.Key);
        Assert.Equal(expected.EventCount, relation.EventCount);
        Assert.Equal(expected.ArticleCount, relation.ArticleCount);
        Assert.Equal(expected.FirstDate, relation.FirstDate);
        Assert.Equal(expected.LastDate, relation.LastDate);
        Assert.Equal(expected.MeanConfidence, relation.MeanConfidence);
        Assert.Equal(expected.Timeline, relation.Timeline);
    }

    [Fact]
    public void Edges_are_ordered_by_source_target_and_type()
    {
        var graph = SomeGraph.With("A", "B", "C")
            .Edge("B", "C", PloverType.Accuse)
            .Edge("A", "C", PloverType.Sanction)
            .Edge("A", "C", PloverType.Aid)
            .Edge("A", "B", PloverType.Reject)
            .Build();

        Assert.Equal(
            ["A>B REJECT", "A>C AID", "A>C SANCTION", "B>C ACCUSE"],
            graph.Relations.Select(r => $"{r.Source.Value[8..]}>{r.Target.Value[8..]} {r.Type.ToName()}"));
    }

    [Fact]
    public void Out_and_in_edges_list_each_edge_once_at_each_end()
    {
        var graph = SomeGraph.With("A", "B", "C")
            .Edge("A", "B", PloverType.Accuse)
            .Edge("C", "A", PloverType.Threaten)
            .Edge("A", "C", PloverType.Consult)
            .Build();
        graph.TryGetVertex(Id("A"), out var a);

        Assert.Equal(2, graph.OutEdges(a).Length);
        Assert.Single(graph.InEdges(a).ToArray());
        Assert.Equal(PloverType.Threaten, graph.TypeOf(graph.InEdges(a)[0]));
    }

    [Fact]
    public void Symmetric_edge_given_backwards_is_stored_with_the_smaller_id_first()
    {
        var stamp = new EventStamp(new DateOnly(2024, 1, 1), Modality.Asserted);
        var backwards = new RelationSummary(Id("Z"), Id("A"), PloverType.Consult, 1, 1, stamp.Date, stamp.Date, 1, [stamp]);

        var graph = ActorGraphSnapshot.Build([], [backwards]);

        Assert.Equal(Id("A"), graph.Relations.Single().Source);
    }

    [Fact]
    public void The_same_relation_twice_is_rejected()
    {
        var source = SomeGraph.With("A", "B").Edge("A", "B", PloverType.Consult).Edge("B", "A", PloverType.Consult);

        var error = Assert.Throws<ArgumentException>(source.Build);

        Assert.Contains("CONSULT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_listed_twice_is_rejected()
    {
        var actor = new StoredActor(new Actor(Id("A"), "A", ActorKind.State, null), [], 0);

        Assert.Throws<ArgumentException>(() => ActorGraphSnapshot.Build([actor, actor], []));
    }

    [Fact]
    public void A_relation_naming_an_unlisted_actor_gets_a_stand_in()
    {
        var stamp = new EventStamp(new DateOnly(2024, 1, 1), Modality.Asserted);
        var relation = new RelationSummary(Id("person/nobody"), Id("A"), PloverType.Accuse, 1, 1, stamp.Date, stamp.Date, 1, [stamp]);

        var graph = ActorGraphSnapshot.Build(SomeGraph.With("A").Actors, [relation]);

        var standIn = graph.Actors.Single(a => a.Actor.Id == Id("person/nobody")).Actor;
        Assert.Equal(ActorKind.Person, standIn.Kind);
        Assert.Equal("person/nobody", standIn.Name);
    }

    [Fact]
    public void An_unsorted_timeline_is_sorted()
    {
        var late = new EventStamp(new DateOnly(2024, 5, 1), Modality.Asserted);
        var early = new EventStamp(new DateOnly(2023, 5, 1), Modality.Future);
        var relation = new RelationSummary(Id("A"), Id("B"), PloverType.Aid, 2, 2, early.Date, late.Date, 1, [late, early]);

        var graph = ActorGraphSnapshot.Build([], [relation]);

        Assert.Equal([early, late], graph.Relations.Single().Timeline);
    }

    [Fact]
    public void Latest_date_is_the_last_event_anywhere()
    {
        Assert.Equal(new DateOnly(2024, 5, 1), Graphs.TenActors().Build().LatestDate);
        Assert.Null(SomeGraph.With("A").Build().LatestDate);
    }

    [Fact]
    public async Task Loads_everything_a_reader_streams()
    {
        var source = Graphs.TenActors();
        var reader = new InMemoryGraphReader(source.Actors, source.Relations);

        var graph = await ActorGraphSnapshot.LoadAsync(reader);

        Assert.Equal(10, graph.ActorCount);
        Assert.Equal(source.Relations.Count, graph.RelationCount);
        Assert.Equal(
            source.Relations.Select(r => r.Key).Order(KeyOrder.Instance),
            graph.Relations.Select(r => r.Key).Order(KeyOrder.Instance));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Loading_stops_when_cancelled(bool bulk)
    {
        var source = Graphs.TenActors();
        IGraphReader reader = bulk
            ? new InMemoryBulkGraphReader(source.Actors, source.Relations)
            : new InMemoryGraphReader(source.Actors, source.Relations);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ActorGraphSnapshot.LoadAsync(reader, cancelled.Token));
    }

    [Fact]
    public async Task A_bulk_reader_loads_the_same_snapshot_as_streaming_its_actors_and_relations()
    {
        var source = Graphs.TenActors().Actor("person/x", "X", ActorKind.Person, "A", "Mr X", "the envoy");
        var streamed = await ActorGraphSnapshot.LoadAsync(new InMemoryGraphReader(source.Actors, source.Relations));

        var bulk = await ActorGraphSnapshot.LoadAsync(new InMemoryBulkGraphReader(source.Actors, source.Relations));

        Assert.Equal(streamed.Actors.Select(Describe), bulk.Actors.Select(Describe));
        Assert.Equal(streamed.Relations.Select(Describe), bulk.Relations.Select(Describe));
        Assert.Equal(streamed.LatestDate, bulk.LatestDate);
        Assert.True(bulk.TryGetVertex(Id("person/x"), out var x));
        Assert.Equal("X", bulk.GetActor(x).Actor.Name);
    }

    [Fact]
    public async Task A_bulk_edge_naming_a_key_no_actor_has_is_an_error_naming_the_key()
    {
        var source = Graphs.TenActors();
        var reader = new InMemoryBulkGraphReader(source.Actors, source.Relations);
        reader.KeyOverrides["country/J"] = 999;

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ActorGraphSnapshot.LoadAsync(reader));

        Assert.Contains("actor key 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_with_no_actors_loads_as_an_empty_snapshot()
    {
        var graph = await ActorGraphSnapshot.LoadAsync(new InMemoryBulkGraphReader([], []));

        Assert.Equal((0, 0, (DateOnly?)null), (graph.ActorCount, graph.RelationCount, graph.LatestDate));
        Assert.Empty(ActorGraphSnapshot.Build([], []).Actors);
    }

    [Fact]
    public void Degrees_are_counted_from_the_edges_with_a_self_loop_counted_once()
    {
        var claimed = new StoredActor(new Actor(Id("A"), "A", ActorKind.State, "A"), ["A"], Degree: 99);

        var graph = ActorGraphSnapshot.Build(
            [claimed],
            SomeGraph.With("A", "B").Edge("A", "B", PloverType.Accuse).Edge("B", "A", PloverType.Aid).Edge("A", "A", PloverType.Mobilize).Relations);

        Assert.Equal(["country/A 3", "country/B 2"], graph.Actors.Select(a => $"{a.Actor.Id} {a.Degree}"));
    }

    private static string Describe(StoredActor actor) =>
        $"{actor.Actor} [{string.Join('|', actor.Aliases)}] {actor.Degree}";

    private static string Describe(RelationSummary relation)
    {
        var withoutTimeline = relation with { Timeline = [] };
        return $"{withoutTimeline} [{string.Join(',', relation.Timeline.Select(s => s.Packed))}]";
    }

    private sealed class KeyOrder : IComparer<RelationKey>
    {
        public static KeyOrder Instance { get; } = new();

        public int Compare(RelationKey x, RelationKey y) =>
            (x.Source, x.Target, x.Type).CompareTo((y.Source, y.Target, y.Type));
    }
}
