using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Server.Api.Contracts;

/// <summary>A summary edge: every event of one type from one actor to another.</summary>
/// <param name="Source">The acting actor's id (the smaller id for symmetric types).</param>
/// <param name="Target">The id of the actor acted upon.</param>
/// <param name="Type">The PLOVER type, upper case.</param>
/// <param name="Quad">The quad class: verbal_cooperation, material_cooperation, verbal_conflict or material_conflict.</param>
/// <param name="Symmetric">Whether the type reads both ways (CONSULT, AGREE, COOPERATE).</param>
/// <param name="Events">Events on the edge.</param>
/// <param name="Articles">Articles the events came from.</param>
/// <param name="First">The earliest event date.</param>
/// <param name="Last">The latest event date.</param>
/// <param name="Confidence">Mean extractor confidence.</param>
public sealed record RelationDto(
    string Source,
    string Target,
    string Type,
    string Quad,
    bool Symmetric,
    int Events,
    int Articles,
    DateOnly First,
    DateOnly Last,
    double Confidence)
{
    /// <summary>The API form of a summary edge.</summary>
    public static RelationDto Of(RelationSummary r) => new(
        r.Source.Value, r.Target.Value, r.Type.ToName(), r.Type.Quad().ToName(), r.Type.IsSymmetric(),
        r.EventCount, r.ArticleCount, r.FirstDate, r.LastDate, Math.Round(r.MeanConfidence, 4));
}
