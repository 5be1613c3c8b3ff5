using ActorGraph.Core.Events;
using ActorGraph.Extraction.Actors;

namespace ActorGraph.Extraction.Structure;

/// <summary>A relation read from a parse: type, the two mentions, modality, the predicate word and the clause it belongs to.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The mode, or null.</param>
/// <param name="Source">The source mention.</param>
/// <param name="Target">The target mention.</param>
/// <param name="Modality">Asserted, future or hypothetical.</param>
/// <param name="Predicate">The parse index of the predicate word.</param>
/// <param name="Confidence">How sure the coder is.</param>
internal sealed record CodedRelation(PloverType Type, string? Mode, Mention Source, Mention Target, Modality Modality, int Predicate, double Confidence);
