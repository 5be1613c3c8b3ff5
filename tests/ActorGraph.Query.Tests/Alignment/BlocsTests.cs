using ActorGraph.Core.Events;
using ActorGraph.Query.Alignment;
using ActorGraph.Query.Tests.Support;

namespace ActorGraph.Query.Tests.Alignment;

public sealed class BlocsTests
{
    // Two cooperating triangles joined only by conflict, and a pair that cooperates too little to count.
    private readonly ActorGraphSnapshot graph = SomeGraph.With()
        .Edge("USA", "GBR", PloverType.Cooperate, 3).Edge("GBR", "FRA", PloverType.Consult, 4).Edge("USA", "FRA", PloverType.Agree, 2)
        .Edge("RUS", "CHN", PloverType.Cooperate, 3).Edge("CHN", "IRN", PloverType.Aid, 2).Edge("IRN", "RUS", PloverType.Consult, 5)
        .Edge("USA", "RUS", PloverType.Sanction, 6).Edge("RUS", "USA", PloverType.Accuse, 3).Edge("FRA", "CHN", PloverType.Consult, 1)
        .Edge("BRA", "ARG", PloverType.Consult, 1)
        .Edge("IRN", "ISR", PloverType.Threaten, 2)
        .Build();

    [Fact]
    public void Groups_actors_that_cooperate_among_themselves()
    {
        var blocs = graph.Blocs();

        Assert.Equal(2, blocs.Count);
        Assert.Equal(["CHN", "IRN", "RUS"], blocs[0].Members.Select(a => a.Name));
        Assert.Equal(["FRA", "GBR", "USA"], blocs[1].Members.Select(a => a.Name));
        Assert.All(blocs, b => Assert.Equal(3, b.Ties));
        Assert.All(blocs, b => Assert.Equal(1.0, b.Cohesion));
    }

    [Fact]
    public void Minimum_size_drops_small_groups()
    {
        Assert.Empty(graph.Blocs(minSize: 4));
    }

    [Fact]
    public void Minimum_events_decides_which_ties_count()
    {
        var blocs = graph.Blocs(minSize: 2, minEvents: 1);

        Assert.Contains(blocs, b => b.Members.Select(a => a.Name).SequenceEqual(["ARG", "BRA"]));
        Assert.Contains(blocs, b => b.Members.Count == 6);
    }

    [Fact]
    public void Window_decides_which_events_count()
    {
        Assert.Empty(graph.Blocs(since: new DateOnly(2025, 1, 1)));
    }
}
