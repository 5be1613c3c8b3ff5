namespace ActorGraph.Extraction.Relations;

/// <summary>A lexicon pattern found in a sentence.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Start">First token of the match (a leading slot included).</param>
/// <param name="Anchor">First word token of the match.</param>
/// <param name="End">Token just past the match.</param>
/// <param name="Source">The source group when the pattern names it.</param>
/// <param name="Target">The target group when the pattern names it.</param>
public sealed record PatternMatch(RelationPattern Pattern, int Start, int Anchor, int End, ActorGroup? Source, ActorGroup? Target);
