using ActorGraph.Core.Events;
using ActorGraph.Query.Paths;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Paths;

public sealed class KShortestPathsTests
{
    private readonly ActorGraphSnapshot graph = Graphs.TenActors().Build();

    private static string Route(ActorPath path) => string.Join("-", path.Actors.Select(a => a.Name));

    [Fact]
    public void Returns_exactly_the_k_known_paths_in_order()
    {
        var paths = graph.KShortestPaths(Id("A"), Id("J"), 3);

        Assert.Equal(["A-D-J", "A-B-C-J", "A-E-F-G-J"], paths.Select(Route));
        Assert.Equal([2.0, 3.0, 4.0], paths.Select(p => p.Cost));
    }

    [Fact]
    public void Returns_fewer_than_k_when_fewer_paths_exist()
    {
        Assert.Equal(3, graph.KShortestPaths(Id("A"), Id("J"), 10).Count);
    }

    [Fact]
    public void Stops_at_the_hop_limit()
    {
        var paths = graph.KShortestPaths(Id("A"), Id("J"), 10, maxHops: 3);

        Assert.Equal(["A-D-J", "A-B-C-J"], paths.Select(Route));
    }

    [Fact]
    public void Equally_long_paths_come_in_id_order()
    {
        // A diamond with three middles: every route is two hops, so only ids can order them.
        var g = SomeGraph.With("A", "M3", "M1", "M2", "Z")
            .Edge("A", "M3", PloverType.Consult).Edge("M3", "Z", PloverType.Consult)
            .Edge("A", "M1", PloverType.Consult).Edge("M1", "Z", PloverType.Consult)
            .Edge("A", "M2", PloverType.Consult).Edge("M2", "Z", PloverType.Consult)
            .Build();

        Assert.Equal(["A-M1-Z", "A-M2-Z", "A-M3-Z"], g.KShortestPaths(Id("A"), Id("Z"), 3).Select(Route));
    }

    [Fact]
    public void Paths_are_loopless()
    {
        // A triangle hanging off the route offers loops; none may appear.
        var g = SomeGraph.With("A", "B", "C", "D", "Z")
            .Edge("A", "B", PloverType.Consult).Edge("B", "Z", PloverType.Consult)
            .Edge("B", "C", PloverType.Consult).Edge("C", "D", PloverType.Consult).Edge("D", "B", PloverType.Consult)
            .Build();

        var paths = g.KShortestPaths(Id("A"), Id("Z"), 10);

        Assert.Equal(["A-B-Z"], paths.Select(Route));
    }

    [Fact]
    public void Respects_the_filter()
    {
        var paths = graph.KShortestPaths(Id("A"), Id("J"), 3, RelationFilter.OfTypes(PloverType.Consult, PloverType.Aid));

        Assert.Equal(["A-B-C-J", "A-E-F-G-J"], paths.Select(Route));
    }

    [Fact]
    public void Evidence_weighting_orders_by_cost()
    {
        var g = SomeGraph.With("A", "B", "C", "Z")
            .Edge("A", "B", PloverType.Consult, 1).Edge("B", "Z", PloverType.Consult, 1)
            .Edge("A", "C", PloverType.Cooperate, 20).Edge("C", "Z", PloverType.Cooperate, 20)
            .Edge("A", "Z", PloverType.Consult, 1)
            .Build();

        var paths = g.KShortestPaths(Id("A"), Id("Z"), 3, weighting: PathWeighting.Evidence);

        Assert.Equal(["A-C-Z", "A-Z", "A-B-Z"], paths.Select(Route));
        Assert.True(paths[0].Cost < paths[1].Cost && paths[1].Cost < paths[2].Cost);
    }

    [Fact]
    public void Zero_paths_asked_gives_none()
    {
        Assert.Empty(graph.KShortestPaths(Id("A"), Id("J"), 0));
    }
}
