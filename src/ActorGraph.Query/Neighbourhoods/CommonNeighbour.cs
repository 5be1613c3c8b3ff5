using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Neighbourhoods;

/// <summary>An actor tied to both of two actors, with the edges behind each tie.</summary>
/// <param name="Actor">The shared neighbour.</param>
/// <param name="WithFirst">Passing edges between it and the first actor.</param>
/// <param name="WithSecond">Passing edges between it and the second actor.</param>
/// <param name="Evidence">Counted events (in the window, of allowed modality) over both ties.</param>
public sealed record CommonNeighbour(
    Actor Actor, IReadOnlyList<RelationSummary> WithFirst, IReadOnlyList<RelationSummary> WithSecond, int Evidence);
