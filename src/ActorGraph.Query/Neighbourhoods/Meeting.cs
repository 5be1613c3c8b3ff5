using ActorGraph.Core.Actors;

namespace ActorGraph.Query.Neighbourhoods;

/// <summary>Who an actor met in a window, how often and when.</summary>
/// <param name="With">The counterpart.</param>
/// <param name="Count">Asserted CONSULT events in the window.</param>
/// <param name="First">The first of them.</param>
/// <param name="Last">The last of them.</param>
/// <param name="Dates">Every event date, ascending (a date repeats when several events fell on it).</param>
public sealed record Meeting(Actor With, int Count, DateOnly First, DateOnly Last, IReadOnlyList<DateOnly> Dates);
