using ActorGraph.Core.Events;
using ActorGraph.Query.Tests.Support;
using QuikGraph.Algorithms;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests;

public sealed class QuikGraphExtensionsTests
{
    [Fact]
    public void Subgraph_becomes_a_quikgraph_multigraph_with_every_edge_tagged()
    {
        var subgraph = SomeGraph.With("A", "B", "C")
            .Edge("A", "B", PloverType.Consult).Edge("A", "B", PloverType.Aid).Edge("B", "C", PloverType.Accuse)
            .Build().ToSubgraph();

        var graph = subgraph.ToBidirectionalGraph();

        Assert.Equal(3, graph.VertexCount);
        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal(2, graph.OutDegree(Id("A")));
        Assert.Equal(PloverType.Accuse, graph.InEdges(Id("C")).Single().Tag.Type);
    }

    [Fact]
    public void Quikgraph_algorithms_run_on_it()
    {
        var graph = SomeGraph.With("A", "B", "C", "D")
            .Edge("A", "B", PloverType.Accuse).Edge("B", "C", PloverType.Accuse).Edge("D", "C", PloverType.Accuse)
            .Build().ToSubgraph().ToBidirectionalGraph();

        var order = graph.TopologicalSort().ToList();

        Assert.True(order.IndexOf(Id("A")) < order.IndexOf(Id("B")));
        Assert.True(order.IndexOf(Id("B")) < order.IndexOf(Id("C")));
    }
}
