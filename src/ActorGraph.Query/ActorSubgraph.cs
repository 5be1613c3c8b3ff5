using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>A set of actors and the summary edges among them: what the exporters write.</summary>
/// <param name="Actors">The actors, each once.</param>
/// <param name="Relations">The edges; both ends of each are among <paramref name="Actors"/>.</param>
public sealed record ActorSubgraph(IReadOnlyList<Actor> Actors, IReadOnlyList<RelationSummary> Relations);
