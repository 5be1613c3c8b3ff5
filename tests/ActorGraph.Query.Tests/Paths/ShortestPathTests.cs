using ActorGraph.Core.Events;
using ActorGraph.Query.Paths;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Paths;

public sealed class ShortestPathTests
{
    private readonly ActorGraphSnapshot graph = Graphs.TenActors().Build();

    private static string[] Names(ActorPath? path) => [.. path!.Actors.Select(a => a.Name)];

    [Fact]
    public void Finds_the_fewest_hop_path()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"));

        Assert.Equal(["A", "D", "J"], Names(path));
        Assert.Equal(2, path!.Length);
        Assert.Equal(2, path.Cost);
    }

    [Fact]
    public void Hops_carry_the_edge_behind_each_step()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"))!;

        Assert.Equal([PloverType.Accuse], path.Hops[0].Types);
        Assert.Equal([PloverType.Sanction], path.Hops[1].Types);
        Assert.Equal(Id("D"), path.Hops[1].Relations[0].Source);
    }

    [Fact]
    public void Type_filter_forces_a_longer_path()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"), RelationFilter.OfTypes(PloverType.Consult));

        Assert.Equal(["A", "B", "C", "J"], Names(path));
    }

    [Fact]
    public void Quad_filter_keeps_only_its_classes()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"), new RelationFilter { Quads = [QuadClass.MaterialCooperation] });

        Assert.Equal(["A", "E", "F", "G", "J"], Names(path));
    }

    [Fact]
    public void Date_window_removes_an_edge_with_no_event_inside_it()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"), new RelationFilter { Since = new DateOnly(2021, 1, 1) });

        Assert.Equal(["A", "B", "C", "J"], Names(path));
    }

    [Fact]
    public void Date_window_is_exact_on_the_timeline_not_on_first_and_last()
    {
        // B–C has events on 2024-01-11 and 2024-02-11 only: a window between them overlaps the span but holds no event.
        var between = new RelationFilter { Since = new DateOnly(2024, 1, 20), Until = new DateOnly(2024, 2, 1) };

        Assert.Null(graph.ShortestPath(Id("B"), Id("C"), between));
        Assert.NotNull(graph.ShortestPath(Id("B"), Id("C"), between with { Until = new DateOnly(2024, 2, 11) }));
    }

    [Fact]
    public void Min_evidence_drops_thinly_evidenced_edges()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"), new RelationFilter { MinEvidence = 2 });

        Assert.Equal(["A", "B", "C", "J"], Names(path));
    }

    [Fact]
    public void Min_evidence_counts_only_events_inside_the_window()
    {
        var filter = new RelationFilter { MinEvidence = 2, Since = new DateOnly(2024, 2, 1) };

        Assert.Equal(["A", "E", "F", "G", "J"], Names(graph.ShortestPath(Id("A"), Id("J"), filter)));
    }

    [Fact]
    public void Hypothetical_events_are_left_out_by_default()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"));

        Assert.DoesNotContain(path!.Hops, h => h.Types.Contains(PloverType.Assault));
    }

    [Fact]
    public void Hypothetical_events_count_when_asked_for()
    {
        var path = graph.ShortestPath(Id("A"), Id("J"), RelationFilter.Everything);

        Assert.Equal(["A", "J"], Names(path));
    }

    [Fact]
    public void Future_events_count_by_default()
    {
        var g = SomeGraph.With("A", "B").EdgeWith("A", "B", PloverType.Agree, Stamp.On("2025-01-01", Modality.Future)).Build();

        Assert.NotNull(g.ShortestPath(Id("A"), Id("B")));
        Assert.Null(g.ShortestPath(Id("A"), Id("B"), new RelationFilter { Modalities = [Modality.Asserted] }));
    }

    [Fact]
    public void Undirected_paths_follow_edges_against_their_direction()
    {
        Assert.Equal(["J", "D", "A"], Names(graph.ShortestPath(Id("J"), Id("A"))));
    }

    [Fact]
    public void Directed_paths_follow_edges_only_from_source_to_target()
    {
        var directed = new RelationFilter { Directed = true };

        Assert.Equal(["A", "D", "J"], Names(graph.ShortestPath(Id("A"), Id("J"), directed)));
        Assert.Equal(["J", "C", "B", "A"], Names(graph.ShortestPath(Id("J"), Id("A"), directed)));
    }

    [Fact]
    public void Symmetric_edges_read_both_ways_when_directed()
    {
        var directed = new RelationFilter { Directed = true };

        Assert.NotNull(graph.ShortestPath(Id("B"), Id("A"), directed));
        Assert.NotNull(graph.ShortestPath(Id("A"), Id("B"), directed));
        Assert.Equal(["D", "J", "C", "B", "A"], Names(graph.ShortestPath(Id("D"), Id("A"), directed)));
    }

    [Fact]
    public void Parallel_edges_between_a_pair_are_one_hop_listing_each_type()
    {
        var g = SomeGraph.With("A", "B")
            .Edge("A", "B", PloverType.Consult)
            .Edge("B", "A", PloverType.Accuse)
            .Edge("A", "B", PloverType.Sanction)
            .Build();

        var undirected = g.ShortestPath(Id("A"), Id("B"))!;
        var directed = g.ShortestPath(Id("A"), Id("B"), new RelationFilter { Directed = true })!;

        Assert.Equal([PloverType.Consult, PloverType.Accuse, PloverType.Sanction], undirected.Hops.Single().Types);
        Assert.Equal(3, undirected.Hops.Single().Relations.Count);
        Assert.Equal([PloverType.Consult, PloverType.Sanction], directed.Hops.Single().Types);
    }

    [Fact]
    public void Unreachable_actor_gives_no_path()
    {
        Assert.Null(graph.ShortestPath(Id("A"), Id("H")));
    }

    [Fact]
    public void Hop_limit_rejects_longer_paths()
    {
        Assert.Null(graph.ShortestPath(Id("A"), Id("J"), RelationFilter.OfTypes(PloverType.Consult), maxHops: 2));
        Assert.NotNull(graph.ShortestPath(Id("A"), Id("J"), RelationFilter.OfTypes(PloverType.Consult), maxHops: 3));
    }

    [Fact]
    public void Path_from_an_actor_to_itself_has_no_hops()
    {
        var path = graph.ShortestPath(Id("A"), Id("A"))!;

        Assert.Equal(0, path.Length);
        Assert.Equal("A", path.From.Name);
    }

    [Fact]
    public void Unknown_actor_is_reported_by_id()
    {
        var error = Assert.Throws<ActorGraph.Query.Lookup.ActorNotFoundException>(() => graph.ShortestPath(Id("A"), Id("Z")));

        Assert.Contains("country/Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_weighting_prefers_the_well_evidenced_route()
    {
        // Both routes take two hops; B comes before C in id order, so fewest hops picks the thin route through B.
        var g = SomeGraph.With("A", "B", "C", "Z")
            .Edge("A", "B", PloverType.Consult, 1)
            .Edge("B", "Z", PloverType.Consult, 1)
            .Edge("A", "C", PloverType.Cooperate, 20)
            .Edge("C", "Z", PloverType.Cooperate, 20)
            .Build();

        Assert.Equal(["A", "B", "Z"], Names(g.ShortestPath(Id("A"), Id("Z"))));
        Assert.Equal(["A", "C", "Z"], Names(g.ShortestPath(Id("A"), Id("Z"), weighting: PathWeighting.Evidence)));
    }

    [Fact]
    public void Evidence_weighting_prefers_recent_ties()
    {
        var g = SomeGraph.With("A", "B", "C", "Z")
            .Edge("A", "B", PloverType.Consult, 5, "2019-01-01")
            .Edge("B", "Z", PloverType.Consult, 5, "2019-01-01")
            .Edge("A", "C", PloverType.Consult, 5, "2024-06-01")
            .Edge("C", "Z", PloverType.Consult, 5, "2024-06-01")
            .Build();

        Assert.Equal(["A", "C", "Z"], Names(g.ShortestPath(Id("A"), Id("Z"), weighting: PathWeighting.Evidence)));
    }

    [Fact]
    public void Evidence_weight_follows_the_documented_formula()
    {
        // Three events, latest on the reference day: 1 / (1 + ln 4); a year older doubles it.
        var g = SomeGraph.With("A", "B", "C")
            .Edge("A", "B", PloverType.Aid, 3, "2024-01-01")
            .Edge("B", "C", PloverType.Aid, 3, "2024-12-31")
            .Build();

        var path = g.ShortestPath(Id("A"), Id("C"), weighting: PathWeighting.Evidence)!;

        var fresh = 1 / (1 + Math.Log(4));
        Assert.Equal(fresh * (1 + (365 / 365.0)), path.Hops[0].Weight, 9);
        Assert.Equal(fresh, path.Hops[1].Weight, 9);
        Assert.Equal(path.Hops.Sum(h => h.Weight), path.Cost, 9);
    }
}
