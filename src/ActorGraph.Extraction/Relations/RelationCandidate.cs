using ActorGraph.Core.Events;
using ActorGraph.Extraction.Actors;

namespace ActorGraph.Extraction.Relations;

/// <summary>A relation found in one sentence, before dating and evidence are attached.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The mode, or null.</param>
/// <param name="Source">The source mention.</param>
/// <param name="Target">The target mention.</param>
/// <param name="Modality">Asserted, future or hypothetical.</param>
/// <param name="FirstToken">First token of the evidence span.</param>
/// <param name="EndToken">Token just past the evidence span.</param>
/// <param name="Confidence">How sure the finder is.</param>
public sealed record RelationCandidate(PloverType Type, string? Mode, Mention Source, Mention Target, Modality Modality, int FirstToken, int EndToken, double Confidence);
