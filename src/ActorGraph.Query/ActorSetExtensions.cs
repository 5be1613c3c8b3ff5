using ActorGraph.Core.Actors;
using ActorGraph.Query.Lookup;

namespace ActorGraph.Query;

/// <summary>Helpers over any <see cref="IActorSet"/>.</summary>
public static class ActorSetExtensions
{
    /// <summary>The vertex of an actor id.</summary>
    /// <exception cref="ActorNotFoundException">The graph has no such actor.</exception>
    public static int VertexOf(this IActorSet graph, ActorId id)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.TryGetVertex(id, out var vertex) ? vertex : throw new ActorNotFoundException(id.Value, []);
    }

    /// <summary>The actor at a vertex, without its aliases.</summary>
    public static Actor ActorAt(this IActorSet graph, int vertex)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.GetActor(vertex).Actor;
    }
}
