using ActorGraph.Core.Events;

namespace ActorGraph.Core.Storage;

/// <summary>A summary edge as integer-keyed columns: <see cref="RelationSummary"/> without its ids and timeline.</summary>
/// <param name="SourceKey">The store key of the acting actor.</param>
/// <param name="TargetKey">The store key of the actor acted upon.</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="EventCount">Number of events.</param>
/// <param name="ArticleCount">Number of distinct articles the events came from.</param>
/// <param name="FirstDay">Earliest event date as a <see cref="DateOnly.DayNumber"/>.</param>
/// <param name="LastDay">Latest event date as a <see cref="DateOnly.DayNumber"/>.</param>
/// <param name="MeanConfidence">Mean extractor confidence.</param>
public readonly record struct RelationRow(
    int SourceKey,
    int TargetKey,
    PloverType Type,
    int EventCount,
    int ArticleCount,
    int FirstDay,
    int LastDay,
    double MeanConfidence);
