using ActorGraph.Core.Events;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Neighbourhoods;

public sealed class NeighbourhoodTests
{
    private readonly ActorGraphSnapshot graph = Graphs.TenActors().Build();

    private static string[] Nodes(EgoNetwork network) => [.. network.Nodes.Select(n => $"{n.Actor.Name}{n.Distance}")];

    [Fact]
    public void Depth_one_is_the_centre_and_its_neighbours()
    {
        var network = graph.Neighbourhood(Id("A"), 1);

        Assert.Equal(["A0", "B1", "D1", "E1"], Nodes(network));
    }

    [Fact]
    public void Depth_two_reaches_neighbours_of_neighbours_with_their_distance()
    {
        var network = graph.Neighbourhood(Id("A"), 2);

        Assert.Equal(["A0", "B1", "D1", "E1", "C2", "F2", "J2"], Nodes(network));
    }

    [Fact]
    public void Edges_are_every_passing_edge_among_the_nodes()
    {
        var network = graph.Neighbourhood(Id("A"), 2);

        // A→J ASSAULT is hypothetical only, so it is not among them though both ends are.
        Assert.Equal(
            ["A-B CONSULT", "A-D ACCUSE", "A-E AID", "B-C CONSULT", "C-J CONSULT", "D-J SANCTION", "E-F AID"],
            network.Relations.Select(r => $"{r.Source.Value[8..]}-{r.Target.Value[8..]} {r.Type.ToName()}"));
    }

    [Fact]
    public void Filter_limits_which_edges_are_followed()
    {
        var network = graph.Neighbourhood(Id("A"), 2, RelationFilter.OfTypes(PloverType.Consult));

        Assert.Equal(["A0", "B1", "C2"], Nodes(network));
    }

    [Fact]
    public void Directed_neighbourhood_follows_out_edges_and_symmetric_ones()
    {
        var network = graph.Neighbourhood(Id("J"), 1, new RelationFilter { Directed = true });

        Assert.Equal(["J0", "C1"], Nodes(network));
    }

    [Fact]
    public void Depth_zero_is_the_centre_alone()
    {
        var network = graph.Neighbourhood(Id("A"), 0);

        Assert.Equal(["A0"], Nodes(network));
        Assert.Empty(network.Relations);
    }

    [Fact]
    public void Subgraph_keeps_nodes_and_edges()
    {
        var subgraph = graph.Around(Id("H"), 1);

        Assert.Equal(["H", "I"], subgraph.Actors.Select(a => a.Name));
        Assert.Single(subgraph.Relations);
    }
}
