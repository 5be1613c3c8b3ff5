using ActorGraph.Core.Actors;

namespace ActorGraph.Core.Storage;

/// <summary>An actor as a store holds it: the actor, the names it was seen under, and its degree.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Aliases">Distinct surface forms seen for it in articles, and its display name.</param>
/// <param name="Degree">Number of summary edges touching it.</param>
public sealed record StoredActor(Actor Actor, IReadOnlyList<string> Aliases, int Degree);
