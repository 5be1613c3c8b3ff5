namespace ActorGraph.Extraction.Evaluation;

/// <summary>One gold record: a text and the events coded in it.</summary>
/// <param name="Id">The record id, used as the article id.</param>
/// <param name="Text">The text to extract from.</param>
/// <param name="Events">The coded events (possibly none).</param>
public sealed record GoldSentence(string Id, string Text, IReadOnlyList<GoldEvent> Events);
