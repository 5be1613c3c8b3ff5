namespace ActorGraph.Core.Events;

/// <summary>Where an event was read: the article, the sentence, the character span and how sure the extractor is.</summary>
/// <param name="ArticleId">The article the event came from.</param>
/// <param name="SentenceIndex">Zero-based index of the sentence in the article body.</param>
/// <param name="Start">Start offset of the evidence span in the article body text.</param>
/// <param name="End">End offset (exclusive) of the span.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Confidence">Extractor confidence in [0, 1].</param>
/// <param name="SourceText">The words that named the source actor.</param>
/// <param name="TargetText">The words that named the target actor.</param>
public sealed record Evidence(
    string ArticleId,
    int SentenceIndex,
    int Start,
    int End,
    string Sentence,
    double Confidence,
    string SourceText,
    string TargetText);
