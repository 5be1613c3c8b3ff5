using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Core.Storage;

/// <summary>
/// One edge of the graph: every event of one type between two actors, summarised.
/// For symmetric types (CONSULT, AGREE, COOPERATE) <see cref="Source"/> is the ordinally smaller id and the edge reads both ways.
/// </summary>
/// <param name="Source">The acting actor (the smaller id for symmetric types).</param>
/// <param name="Target">The actor acted upon.</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="EventCount">Number of events.</param>
/// <param name="ArticleCount">Number of distinct articles the events came from.</param>
/// <param name="FirstDate">Earliest event date.</param>
/// <param name="LastDate">Latest event date.</param>
/// <param name="MeanConfidence">Mean extractor confidence.</param>
/// <param name="Timeline">Every event's date and modality, sorted by date.</param>
public sealed record RelationSummary(
    ActorId Source,
    ActorId Target,
    PloverType Type,
    int EventCount,
    int ArticleCount,
    DateOnly FirstDate,
    DateOnly LastDate,
    double MeanConfidence,
    IReadOnlyList<EventStamp> Timeline)
{
    /// <summary>The identity of this edge.</summary>
    public RelationKey Key => new(Source, Target, Type);
}
