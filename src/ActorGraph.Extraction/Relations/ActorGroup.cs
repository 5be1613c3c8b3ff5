using ActorGraph.Extraction.Actors;

namespace ActorGraph.Extraction.Relations;

/// <summary>One actor, or several joined by "and", "or" and list commas ("Britain, France and Germany").</summary>
/// <param name="Start">First token.</param>
/// <param name="End">Token just past the group.</param>
/// <param name="Members">The mentions.</param>
public sealed record ActorGroup(int Start, int End, IReadOnlyList<Mention> Members);
