using ActorGraph.Core.Events;

namespace ActorGraph.Query.Search;

/// <summary>Finds the edges between two vertices by binary search in the sorted adjacency lists.</summary>
internal static class Incidence
{
    /// <summary>Every edge a traversal may take from one vertex to a neighbour that passes the filter: out-edges first, each by type.</summary>
    public static List<int> Between(IRelationIncidenceGraph graph, in EdgeFilter filter, int from, int to, Traversal traversal)
    {
        var found = new List<int>();
        var outs = graph.OutEdges(from);
        for (var i = FirstWith(graph, outs, to, outgoing: true); i < outs.Length && graph.TargetOf(outs[i]) == to; i++)
        {
            if ((traversal != Traversal.Backward || graph.TypeOf(outs[i]).IsSymmetric()) && filter.Passes(graph, outs[i]))
            {
                found.Add(outs[i]);
            }
        }

        var ins = graph.InEdges(from);
        for (var i = FirstWith(graph, ins, to, outgoing: false); i < ins.Length && graph.SourceOf(ins[i]) == to; i++)
        {
            // A self-loop is already listed among the out-edges.
            if (from != to && (traversal != Traversal.Forward || graph.TypeOf(ins[i]).IsSymmetric()) && filter.Passes(graph, ins[i]))
            {
                found.Add(ins[i]);
            }
        }

        return found;
    }

    private static int FirstWith(IRelationIncidenceGraph graph, ReadOnlySpan<int> edges, int neighbour, bool outgoing)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var other = outgoing ? graph.TargetOf(edges[mid]) : graph.SourceOf(edges[mid]);
            if (other < neighbour)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
