using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Core.Storage;

/// <summary>Which stored events to read: the drill-down from an edge to its evidence.</summary>
/// <param name="Source">Only events whose source is this actor (either end when <paramref name="EitherDirection"/>).</param>
/// <param name="Target">Only events whose target is this actor (either end when <paramref name="EitherDirection"/>).</param>
/// <param name="Types">Only these types; null or empty for all.</param>
/// <param name="Since">Only events on or after this date.</param>
/// <param name="Until">Only events on or before this date.</param>
/// <param name="EitherDirection">Match the two actors in either order.</param>
/// <param name="Limit">At most this many events, newest first.</param>
public sealed record EventQuery(
    ActorId? Source = null,
    ActorId? Target = null,
    IReadOnlyCollection<PloverType>? Types = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    bool EitherDirection = false,
    int Limit = 1000);
