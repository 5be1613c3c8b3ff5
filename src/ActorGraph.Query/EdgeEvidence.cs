using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>Builds the store query that reads the events behind one summary edge.</summary>
internal static class EdgeEvidence
{
    public static EventQuery QueryFor(RelationSummary relation, RelationFilter filter, int limit) =>
        new(relation.Source, relation.Target, [relation.Type], filter.Since, filter.Until,
            EitherDirection: relation.Type.IsSymmetric(), Limit: limit);

    /// <summary>The events behind an edge that the filter counts, newest first as the store returns them.</summary>
    public static async IAsyncEnumerable<ActorEvent> ReadAsync(
        IGraphReader reader,
        RelationSummary relation,
        RelationFilter filter,
        int limit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            yield break;
        }

        var produced = 0;
        var query = QueryFor(relation, filter, limit);
        await foreach (var e in reader.ReadEventsAsync(query, cancellationToken).WithCancellation(cancellationToken))
        {
            if (!filter.Modalities.Contains(e.Modality))
            {
                continue;
            }

            yield return e;
            if (++produced >= limit)
            {
                yield break;
            }
        }
    }
}
