using ActorGraph.Core.Actors;

namespace ActorGraph.Core.Events;

/// <summary>One extracted occurrence of a relation between two actors, with its evidence.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The PLOVER mode where the type has one (<c>visit</c>, <c>aerial</c> ...), else null.</param>
/// <param name="Source">The actor that acts.</param>
/// <param name="Target">The actor acted upon.</param>
/// <param name="Date">The event date (first day of the month or year when less precise).</param>
/// <param name="DatePrecision">How precisely the date is known.</param>
/// <param name="Modality">Asserted, future or hypothetical.</param>
/// <param name="Evidence">Where it was read.</param>
public sealed record ActorEvent(
    PloverType Type,
    string? Mode,
    Actor Source,
    Actor Target,
    DateOnly Date,
    DatePrecision DatePrecision,
    Modality Modality,
    Evidence Evidence)
{
    /// <summary>The quad class of the type.</summary>
    public QuadClass Quad => Type.Quad();

    /// <summary>The article the event came from.</summary>
    public string ArticleId => Evidence.ArticleId;
}
