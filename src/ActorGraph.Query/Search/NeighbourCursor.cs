using ActorGraph.Core.Events;

namespace ActorGraph.Query.Search;

/// <summary>
/// Walks a vertex's incident edges in neighbour order, merging its out-list (sorted by target) with its in-list
/// (sorted by source), so parallel edges to one neighbour come together and every search visits neighbours in id order.
/// </summary>
internal ref struct NeighbourCursor
{
    private readonly IRelationIncidenceGraph graph;
    private readonly ReadOnlySpan<int> outs;
    private readonly ReadOnlySpan<int> ins;
    private readonly Traversal traversal;
    private int i;
    private int j;

    public NeighbourCursor(IRelationIncidenceGraph graph, int vertex, Traversal traversal)
    {
        this.graph = graph;
        this.traversal = traversal;
        outs = graph.OutEdges(vertex);
        ins = graph.InEdges(vertex);
    }

    public static Traversal For(bool directed, bool forward) =>
        !directed ? Traversal.Both : forward ? Traversal.Forward : Traversal.Backward;

    /// <summary>Moves to the next usable edge, giving the neighbour at its other end.</summary>
    public bool MoveNext(out int neighbour, out int edge)
    {
        // An out-edge leads away from the vertex: usable forward, or backward when it reads both ways; in-edges mirror it.
        while (i < outs.Length && traversal == Traversal.Backward && !graph.TypeOf(outs[i]).IsSymmetric())
        {
            i++;
        }

        while (j < ins.Length && traversal == Traversal.Forward && !graph.TypeOf(ins[j]).IsSymmetric())
        {
            j++;
        }

        var outNeighbour = i < outs.Length ? graph.TargetOf(outs[i]) : int.MaxValue;
        var inNeighbour = j < ins.Length ? graph.SourceOf(ins[j]) : int.MaxValue;
        if (outNeighbour == int.MaxValue && inNeighbour == int.MaxValue)
        {
            neighbour = edge = -1;
            return false;
        }

        if (outNeighbour <= inNeighbour)
        {
            neighbour = outNeighbour;
            edge = outs[i++];
        }
        else
        {
            neighbour = inNeighbour;
            edge = ins[j++];
        }

        return true;
    }
}
