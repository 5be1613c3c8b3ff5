namespace ActorGraph.Syntax.Tagging;

/// <summary>Words with their gold tag classes, as the tagger trains on them.</summary>
internal sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<int> Tags);
