using ActorGraph.Core.Events;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Neighbourhoods;

public sealed class CommonNeighboursTests
{
    private readonly ActorGraphSnapshot graph = SomeGraph.With("A", "B", "X", "Y", "Z")
        .Edge("A", "X", PloverType.Consult, 1).Edge("X", "B", PloverType.Accuse, 1)
        .Edge("A", "Y", PloverType.Aid, 5).Edge("B", "Y", PloverType.Aid, 5)
        .Edge("A", "Z", PloverType.Consult, "2010-01-01").Edge("B", "Z", PloverType.Consult)
        .Edge("A", "B", PloverType.Consult)
        .Build();

    [Fact]
    public void Lists_actors_tied_to_both_best_evidenced_first()
    {
        var common = graph.CommonNeighbours(Id("A"), Id("B"));

        Assert.Equal(["Y", "X", "Z"], common.Select(c => c.Actor.Name));
        Assert.Equal(10, common[0].Evidence);
        Assert.Equal(PloverType.Accuse, common[1].WithSecond.Single().Type);
    }

    [Fact]
    public void Filter_removes_ties_outside_it()
    {
        var common = graph.CommonNeighbours(Id("A"), Id("B"), new RelationFilter { Since = new DateOnly(2020, 1, 1) });

        Assert.Equal(["Y", "X"], common.Select(c => c.Actor.Name));
    }

    [Fact]
    public void Directed_filter_uses_out_neighbours()
    {
        // X→B is an accusation by X, so X is not B's out-neighbour.
        var common = graph.CommonNeighbours(Id("A"), Id("B"), new RelationFilter { Directed = true });

        Assert.Equal(["Y", "Z"], common.Select(c => c.Actor.Name));
    }
}
