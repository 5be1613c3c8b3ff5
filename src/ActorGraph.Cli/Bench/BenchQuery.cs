using ActorGraph.Core.Actors;
using ActorGraph.Query;

namespace ActorGraph.Cli.Bench;

/// <summary>One query of the bench: its kind, its two actors (the neighbourhood uses the first) and, for neighbourhoods, its filter.</summary>
/// <param name="Kind">What to ask.</param>
/// <param name="From">The first actor.</param>
/// <param name="To">The second actor.</param>
/// <param name="Filter">The filter, for neighbourhoods; null otherwise.</param>
public sealed record BenchQuery(QueryKind Kind, ActorId From, ActorId To, RelationFilter? Filter = null);
