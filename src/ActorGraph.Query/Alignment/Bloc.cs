using ActorGraph.Core.Actors;

namespace ActorGraph.Query.Alignment;

/// <summary>A group of actors joined by strongly positive alignment ties.</summary>
/// <param name="Members">The actors, in id order.</param>
/// <param name="Ties">Positive ties among the members that joined them.</param>
/// <param name="Cohesion">The mean alignment score of those ties.</param>
public sealed record Bloc(IReadOnlyList<Actor> Members, int Ties, double Cohesion);
