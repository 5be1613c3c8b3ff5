using ActorGraph.Core.Actors;

namespace ActorGraph.Extraction.Actors;

/// <summary>An actor named in a sentence: the tokens that name it and the resolved actor.</summary>
/// <param name="Start">First token index.</param>
/// <param name="End">Token index just past the mention.</param>
/// <param name="Actor">The resolved actor.</param>
/// <param name="Confidence">How sure the resolution is, in [0, 1].</param>
public sealed record Mention(int Start, int End, Actor Actor, double Confidence);
