using ActorGraph.Core.Events;
using ActorGraph.Query.Paths;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Paths;

public sealed class AllPathsTests
{
    private readonly ActorGraphSnapshot graph = Graphs.TenActors().Build();

    private static string Route(ActorPath path) => string.Join("-", path.Actors.Select(a => a.Name));

    [Fact]
    public void Lists_every_path_within_the_hop_limit_shortest_first()
    {
        Assert.Equal(["A-D-J", "A-B-C-J", "A-E-F-G-J"], graph.AllPaths(Id("A"), Id("J"), 4).Select(Route));
    }

    [Fact]
    public void Hop_limit_leaves_out_longer_paths()
    {
        Assert.Equal(["A-D-J", "A-B-C-J"], graph.AllPaths(Id("A"), Id("J"), 3).Select(Route));
    }

    [Fact]
    public void Stops_at_the_result_cap()
    {
        Assert.Equal(["A-D-J", "A-B-C-J"], graph.AllPaths(Id("A"), Id("J"), 6, maxResults: 2).Select(Route));
    }

    [Fact]
    public void Lists_paths_of_one_length_in_id_order()
    {
        var g = SomeGraph.With("A", "M2", "M1", "Z")
            .Edge("A", "M2", PloverType.Aid).Edge("M2", "Z", PloverType.Aid)
            .Edge("A", "M1", PloverType.Aid).Edge("M1", "Z", PloverType.Aid)
            .Edge("M1", "M2", PloverType.Aid)
            .Build();

        Assert.Equal(["A-M1-Z", "A-M2-Z", "A-M1-M2-Z", "A-M2-M1-Z"], g.AllPaths(Id("A"), Id("Z"), 3).Select(Route));
    }

    [Fact]
    public void Directed_mode_follows_edge_direction()
    {
        var g = SomeGraph.With("A", "M1", "M2", "Z")
            .Edge("A", "M1", PloverType.Aid).Edge("M1", "Z", PloverType.Aid)
            .Edge("A", "M2", PloverType.Aid).Edge("Z", "M2", PloverType.Aid)
            .Build();

        Assert.Equal(["A-M1-Z"], g.AllPaths(Id("A"), Id("Z"), 3, new RelationFilter { Directed = true }).Select(Route));
        Assert.Equal(["A-M1-Z", "A-M2-Z"], g.AllPaths(Id("A"), Id("Z"), 3).Select(Route));
    }

    [Fact]
    public void A_parallel_edge_that_fails_the_filter_does_not_hide_one_that_passes()
    {
        var g = SomeGraph.With("A", "B")
            .Edge("A", "B", PloverType.Consult, "2010-01-01")
            .Edge("A", "B", PloverType.Aid, "2024-01-01")
            .Build();

        var paths = g.AllPaths(Id("A"), Id("B"), 2, new RelationFilter { Since = new DateOnly(2020, 1, 1) });

        Assert.Equal([PloverType.Aid], paths.Single().Hops.Single().Types);
    }

    [Fact]
    public void No_path_gives_an_empty_list()
    {
        Assert.Empty(graph.AllPaths(Id("A"), Id("H"), 6));
    }
}
