using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Paths;

/// <summary>
/// One step of a path between two actors. Parallel edges between the pair (several types, or both directions when the
/// path is undirected) are one hop listing every edge that passed the filter.
/// </summary>
/// <param name="From">The actor the step leaves.</param>
/// <param name="To">The actor the step reaches.</param>
/// <param name="Relations">The summary edges behind the step, in their stored direction.</param>
/// <param name="Weight">The step's length: one for fewest hops, else its cheapest edge's evidence weight.</param>
/// <param name="Filter">The filter the path was found under, reused to read the evidence.</param>
public sealed record ActorHop(Actor From, Actor To, IReadOnlyList<RelationSummary> Relations, double Weight, RelationFilter Filter)
{
    /// <summary>The distinct types of the step's edges, in ontology order.</summary>
    public IReadOnlyList<PloverType> Types => [.. Relations.Select(r => r.Type).Distinct().Order()];

    /// <summary>Counted events over every edge of the step (the edges' totals, whatever the window).</summary>
    public int EventCount => Relations.Sum(r => r.EventCount);

    /// <summary>Reads the events behind the step from a store, at most <paramref name="limitPerRelation"/> per edge.</summary>
    public async IAsyncEnumerable<ActorEvent> EvidenceAsync(
        IGraphReader reader, int limitPerRelation = 10, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var relation in Relations)
        {
            await foreach (var e in EdgeEvidence.ReadAsync(reader, relation, Filter, limitPerRelation, cancellationToken))
            {
                yield return e;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{From.Name} -[{string.Join("|", Types.Select(t => t.ToName()))}]- {To.Name}";
}
