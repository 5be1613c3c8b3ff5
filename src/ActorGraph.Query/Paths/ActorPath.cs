using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Paths;

/// <summary>A loopless path between two actors.</summary>
/// <param name="Actors">The actors along the path, first to last.</param>
/// <param name="Hops">The steps between consecutive actors.</param>
/// <param name="Cost">The path's length under the weighting it was found with: hops, or the sum of evidence weights.</param>
public sealed record ActorPath(IReadOnlyList<Actor> Actors, IReadOnlyList<ActorHop> Hops, double Cost)
{
    /// <summary>The first actor.</summary>
    public Actor From => Actors[0];

    /// <summary>The last actor.</summary>
    public Actor To => Actors[^1];

    /// <summary>Number of hops.</summary>
    public int Length => Hops.Count;

    /// <summary>Reads the events behind every hop from a store, hop by hop.</summary>
    public async IAsyncEnumerable<ActorEvent> EvidenceAsync(
        IGraphReader reader, int limitPerRelation = 10, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var hop in Hops)
        {
            await foreach (var e in hop.EvidenceAsync(reader, limitPerRelation, cancellationToken))
            {
                yield return e;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        Hops.Count == 0 ? From.Name : From.Name + string.Concat(Hops.Select(h => $" -[{string.Join("|", h.Types.Select(t => t.ToName()))}]- {h.To.Name}"));
}
