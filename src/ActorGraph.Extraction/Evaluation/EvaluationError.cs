using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>A gold event not found at the type level, or a predicted event matching no gold event at the type level.</summary>
/// <param name="SentenceId">The gold record id.</param>
/// <param name="Text">The record's text.</param>
/// <param name="Gold">The missed gold event, for a miss.</param>
/// <param name="Predicted">The false event, for a false event.</param>
/// <param name="BestLevel">The loosest level at which it still matched (pair or quad), or null when it matched at none.</param>
public sealed record EvaluationError(string SentenceId, string Text, GoldEvent? Gold, ActorEvent? Predicted, MatchLevel? BestLevel);
