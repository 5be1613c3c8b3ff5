namespace ActorGraph.Query;

/// <summary>A relation set that can list the edges leaving and entering each actor: what traversals need.</summary>
public interface IRelationIncidenceGraph : IRelationSet
{
    /// <summary>Edges whose source is the vertex, ordered by target then type.</summary>
    ReadOnlySpan<int> OutEdges(int vertex);

    /// <summary>Edges whose target is the vertex, ordered by source then type.</summary>
    ReadOnlySpan<int> InEdges(int vertex);
}
